    **FakeProvider.settings(),
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/test-settings/23.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
