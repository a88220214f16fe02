    app.state.rate_limiter = create_rate_limiter(settings)
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/lifespan-open/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
