

@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/test-fixtures/05.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
