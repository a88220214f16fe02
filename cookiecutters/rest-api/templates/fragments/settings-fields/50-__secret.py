    secret_key: str = ""
{# Generated from cookiecutters/rest-api/flags/secret/fragments/settings-fields/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
