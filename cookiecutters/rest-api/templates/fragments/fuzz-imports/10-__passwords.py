from tests.conftest import EMAIL, PASSWORD, TEST_SETTINGS
{# Generated from cookiecutters/rest-api/flags/passwords/fragments/fuzz-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
