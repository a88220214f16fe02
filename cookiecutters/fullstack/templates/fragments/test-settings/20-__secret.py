    "secret_key": "test-secret-key-long-enough-for-hs256-signing",
{# Generated from cookiecutters/_shared/parts/accounts/flags/secret/fragments/test-settings/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
