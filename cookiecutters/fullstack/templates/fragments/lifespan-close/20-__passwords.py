    await app.state.rate_limiter.close()
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/lifespan-close/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
