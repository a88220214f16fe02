

@pytest.fixture
def auth_headers() -> dict[str, str]:
    """No authentication: requests need no extra headers."""
    return {}
