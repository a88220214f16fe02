from tests.conftest import EMAIL, PASSWORD, TEST_SETTINGS
