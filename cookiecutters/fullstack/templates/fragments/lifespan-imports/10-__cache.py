from app.core.cache import create_cache
{# Generated from cookiecutters/_shared/flags/cache/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
