    # Keys start with the prefix, so several apps (and their tests) can share a Redis.
    cache_prefix: str = f"{PROJECT_NAME}:"
{# Generated from cookiecutters/_shared/flags/redis_cache/fragments/settings-fields/41.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
