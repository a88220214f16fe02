
EMAIL = "alice@example.com"
PASSWORD = "correct horse battery staple"
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/test-constants/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
