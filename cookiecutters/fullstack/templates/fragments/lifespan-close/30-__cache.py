    await app.state.cache.close()
{# Generated from cookiecutters/_shared/flags/cache/fragments/lifespan-close/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
