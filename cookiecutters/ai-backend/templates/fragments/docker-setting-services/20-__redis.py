    "REDIS_URL": "redis",
{# Generated from cookiecutters/_shared/templates/fragments/docker-setting-services/20-__redis.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
