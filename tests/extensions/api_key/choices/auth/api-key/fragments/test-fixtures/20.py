

async def login_response(client: AsyncClient, email: str, password: str) -> Response:
    """Sign in: the answer holds a new API key."""
    return await client.post(
        "/api/v1/auth/login", json={"email": email, "password": password}
    )


async def register_and_login(client: AsyncClient, email: str = EMAIL) -> dict[str, str]:
    """Register a user and sign in; the answer of the login endpoint."""
    await client.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD}
    )
    response = await login_response(client, email, PASSWORD)
    assert response.status_code == 200, response.text
    answer: dict[str, str] = response.json()
    return answer


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
