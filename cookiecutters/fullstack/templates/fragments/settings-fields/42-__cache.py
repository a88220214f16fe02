    cache_ttl_seconds: int = 60
{# Generated from cookiecutters/_shared/flags/cache/fragments/settings-fields/42.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
