

@pytest.fixture
def auth_headers(settings: Settings) -> dict[str, str]:
    """A valid token, as the trusted issuer would sign it."""
    return {"Authorization": f"Bearer {valid_token(settings)}"}
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/test-fixtures/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
