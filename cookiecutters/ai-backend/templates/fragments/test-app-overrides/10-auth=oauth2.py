        trust_test_issuer(app, settings)
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/test-app-overrides/10-auth=oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
