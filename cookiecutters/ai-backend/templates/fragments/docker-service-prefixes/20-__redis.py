    "redis": "REDIS_",
{# Generated from cookiecutters/_shared/flags/redis/fragments/docker-service-prefixes/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
