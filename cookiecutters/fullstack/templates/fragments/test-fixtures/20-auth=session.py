

@pytest.fixture
async def auth_headers(client: AsyncClient) -> dict[str, str]:
    """Sign in: the client keeps the cookie; unsafe requests echo the CSRF token."""
    started = await register_and_login(client)
    return {"X-CSRF-Token": started["csrf_token"]}
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/fragments/test-fixtures/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
