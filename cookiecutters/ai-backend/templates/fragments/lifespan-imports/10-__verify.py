from app.core.tokens import TokenVerifier
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/lifespan-imports/10-__verify.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
