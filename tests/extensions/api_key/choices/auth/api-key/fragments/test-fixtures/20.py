

async def login_response(client: AsyncClient, email: str, password: str) -> Response:
    """Sign in: the answer holds a new API key."""
    return await client.post(
        "/api/v1/auth/login", json={"email": email, "password": password}
    )


def credentials(client: AsyncClient, answer: dict[str, str]) -> dict[str, str]:
    """Headers that act as the user `answer` (register_and_login's) signed in."""
    del client  # the key is all it takes
    return {"X-API-Key": answer["api_key"]}


@pytest.fixture
async def auth_headers(client: AsyncClient) -> dict[str, str]:
    return credentials(client, await register_and_login(client))


@pytest.fixture
def sign_in_as(client: AsyncClient) -> SignIn:
    """Another user's headers."""

    async def sign_in(email: str) -> dict[str, str]:
        return credentials(client, await register_and_login(client, email))

    return sign_in
