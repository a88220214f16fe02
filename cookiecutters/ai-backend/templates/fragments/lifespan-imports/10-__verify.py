from app.core.tokens import TokenVerifier
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
