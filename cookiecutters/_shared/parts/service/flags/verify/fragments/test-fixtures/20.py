

@pytest.fixture
def auth_headers(settings: Settings) -> dict[str, str]:
    """A valid token, as the trusted issuer would sign it."""
    return {"Authorization": f"Bearer {valid_token(settings)}"}
