from app.core.rate_limit import create_rate_limiter
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
