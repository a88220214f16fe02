from tests.conftest import TEST_SETTINGS, signed_in_headers
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/fuzz-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
