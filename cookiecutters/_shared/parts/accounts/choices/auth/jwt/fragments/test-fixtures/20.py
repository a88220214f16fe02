

@pytest.fixture
async def tokens(client: AsyncClient) -> dict[str, str]:
    return await register_and_login(client)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth_headers(tokens: dict[str, str]) -> dict[str, str]:
    return bearer(tokens["access_token"])
