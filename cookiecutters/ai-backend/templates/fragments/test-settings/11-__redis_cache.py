    "cache_prefix": f"{TEST_RUN}:",
{# Generated from cookiecutters/_shared/templates/fragments/test-settings/11-__redis_cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
