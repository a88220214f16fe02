    app.state.cache = create_cache(settings)
{# Generated from cookiecutters/_shared/flags/cache/fragments/lifespan-open/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
