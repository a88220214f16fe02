

async def login_response(client: AsyncClient, email: str, password: str) -> Response:
    """Sign in: the session cookie is set on the client."""
    return await client.post(
        "/api/v1/auth/login", json={"email": email, "password": password}
    )


def credentials(client: AsyncClient, answer: dict[str, str]) -> dict[str, str]:
    """Headers that act as the user `answer` (register_and_login's) signed in: the
    client's cookie now, whoever signs in on it next."""
    cookies = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    return {"Cookie": cookies, "X-CSRF-Token": answer["csrf_token"]}
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/fragments/test-fixtures/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
