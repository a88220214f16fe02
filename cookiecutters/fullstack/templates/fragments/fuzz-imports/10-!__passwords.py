from tests.conftest import TEST_SETTINGS
{# Generated from cookiecutters/_shared/templates/fragments/fuzz-imports/10-!__passwords.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
