    secret_key: str = ""
{# Generated from cookiecutters/_shared/parts/accounts/flags/secret/fragments/settings-fields/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
