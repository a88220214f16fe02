    trust_test_issuer(app, settings)
{# Generated from cookiecutters/_shared/parts/service/choices/auth/oauth2/fragments/fuzz-app-setup/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
