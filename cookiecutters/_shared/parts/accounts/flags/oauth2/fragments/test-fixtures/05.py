

@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()
