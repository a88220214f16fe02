    await app.state.rate_limiter.close()
{# Generated from cookiecutters/rest-api/flags/passwords/fragments/lifespan-close/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
