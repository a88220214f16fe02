from tests.token_issuer import valid_token
{# Generated from cookiecutters/_shared/parts/service/choices/auth/jwt/fragments/fuzz-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
