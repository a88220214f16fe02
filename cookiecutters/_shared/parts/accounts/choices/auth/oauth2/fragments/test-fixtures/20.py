

@pytest.fixture
async def tokens(client: AsyncClient, provider: FakeProvider) -> dict[str, str]:
    return await sign_in_with_provider(client, provider)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth_headers(tokens: dict[str, str]) -> dict[str, str]:
    return bearer(tokens["access_token"])
