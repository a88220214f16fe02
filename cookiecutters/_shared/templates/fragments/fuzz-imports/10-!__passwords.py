from tests.conftest import TEST_SETTINGS
