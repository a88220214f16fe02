    "REDIS_URL": "redis",
{# Generated from cookiecutters/_shared/flags/redis/fragments/docker-setting-services/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
