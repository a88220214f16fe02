    "redis": "REDIS_",
{# Generated from cookiecutters/_shared/flags/redis/flag.yaml (in the shape cookiecutters/_shared/shapes/service/docker-service-prefixes.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
