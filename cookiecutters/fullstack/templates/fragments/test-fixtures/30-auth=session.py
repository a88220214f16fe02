

@pytest.fixture
def sign_in_as(client: AsyncClient) -> SignIn:
    """Another user's headers; the client's cookie becomes theirs."""

    async def sign_in(email: str) -> dict[str, str]:
        started = await register_and_login(client, email)
        return {"X-CSRF-Token": started["csrf_token"]}

    return sign_in
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/fragments/test-fixtures/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
