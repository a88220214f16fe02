    "cache_prefix": f"{TEST_RUN}:",
{# Generated from cookiecutters/_shared/flags/redis_cache/fragments/test-settings/11.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
