

@pytest.fixture
async def tokens(client: AsyncClient) -> dict[str, str]:
    return await register_and_login(client)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth_headers(tokens: dict[str, str]) -> dict[str, str]:
    return bearer(tokens["access_token"])
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/jwt/fragments/test-fixtures/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
