    redis_url: str = "redis://localhost:6379/0"
{# Generated from cookiecutters/_shared/flags/redis/fragments/settings-fields/40.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
