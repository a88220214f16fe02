    "cookie_secure": False,
{# Generated from cookiecutters/rest-api/flags/session/fragments/test-settings/22.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
