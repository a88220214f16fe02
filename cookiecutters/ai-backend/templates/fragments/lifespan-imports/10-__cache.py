from app.core.cache import create_cache
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-imports/10-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
