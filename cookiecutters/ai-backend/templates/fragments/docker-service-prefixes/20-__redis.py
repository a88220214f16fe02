    "redis": "REDIS_",
{# Generated from cookiecutters/_shared/templates/fragments/docker-service-prefixes/20-__redis.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
