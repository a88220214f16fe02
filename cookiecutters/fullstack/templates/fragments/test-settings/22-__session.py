    "cookie_secure": False,
{# Generated from cookiecutters/_shared/parts/accounts/flags/session/fragments/test-settings/22.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
