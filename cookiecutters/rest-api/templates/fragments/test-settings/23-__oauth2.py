    **FakeProvider.settings(),
{# Generated from cookiecutters/rest-api/flags/oauth2/fragments/test-settings/23.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
