    app.state.cache = create_cache(settings)
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-open/20-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
