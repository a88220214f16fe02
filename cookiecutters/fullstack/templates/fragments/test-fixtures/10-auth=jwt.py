

async def login_response(client: AsyncClient, email: str, password: str) -> Response:
    """Sign in: OAuth2's password flow, a form whose `username` is the email."""
    return await client.post(
        "/api/v1/auth/login", data={"username": email, "password": password}
    )


def credentials(client: AsyncClient, answer: dict[str, str]) -> dict[str, str]:
    """Headers that act as the user `answer` (register_and_login's) signed in."""
    del client  # the bearer token is all it takes
    return bearer(answer["access_token"])
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/jwt/fragments/test-fixtures/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
