

@pytest.fixture
def sign_in_as(client: AsyncClient, provider: FakeProvider) -> SignIn:
    """Another user's headers."""

    async def sign_in(email: str) -> dict[str, str]:
        provider.subject, provider.email = f"provider-{email}", email
        tokens = await sign_in_with_provider(client, provider)
        return bearer(tokens["access_token"])

    return sign_in
