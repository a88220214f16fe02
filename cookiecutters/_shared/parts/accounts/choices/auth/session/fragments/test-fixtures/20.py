

@pytest.fixture
async def auth_headers(client: AsyncClient) -> dict[str, str]:
    """Sign in: the client keeps the cookie; unsafe requests echo the CSRF token."""
    started = await register_and_login(client)
    return {"X-CSRF-Token": started["csrf_token"]}
