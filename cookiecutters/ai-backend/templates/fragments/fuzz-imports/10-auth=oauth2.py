from tests.token_issuer import trust_test_issuer, valid_token
{# Generated from cookiecutters/_shared/parts/service/choices/auth/oauth2/fragments/fuzz-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
