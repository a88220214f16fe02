
EMAIL = "alice@example.com"
PASSWORD = "correct horse battery staple"
{# Generated from cookiecutters/rest-api/flags/passwords/fragments/test-constants/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
