from tests.conftest import TEST_SETTINGS, signed_in_headers
