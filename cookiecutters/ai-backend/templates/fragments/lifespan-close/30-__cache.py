    await app.state.cache.close()
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-close/30-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
