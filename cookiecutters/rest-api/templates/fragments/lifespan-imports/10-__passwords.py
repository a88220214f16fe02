from app.core.rate_limit import create_rate_limiter
{# Generated from cookiecutters/rest-api/flags/passwords/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
