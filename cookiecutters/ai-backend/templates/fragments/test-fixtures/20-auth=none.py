

@pytest.fixture
def auth_headers() -> dict[str, str]:
    """No authentication: requests need no extra headers."""
    return {}
{# Generated from cookiecutters/_shared/choices/auth/none/fragments/test-fixtures/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
