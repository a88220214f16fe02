    cache_ttl_seconds: int = 60
{# Generated from cookiecutters/_shared/templates/fragments/settings-fields/42-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
