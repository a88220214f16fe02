    "REDIS_URL": "redis",
{# Generated from cookiecutters/_shared/flags/redis/flag.yaml (in the shape cookiecutters/_shared/shapes/service/docker-setting-services.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
