

@pytest.fixture
def sign_in_as(client: AsyncClient) -> SignIn:
    """Another user's headers."""

    async def sign_in(email: str) -> dict[str, str]:
        tokens = await register_and_login(client, email)
        return bearer(tokens["access_token"])

    return sign_in
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/jwt/fragments/test-fixtures/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
