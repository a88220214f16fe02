{%- set c = cookiecutter -%}
"""Access and refresh tokens: what /users/me accepts and what it refuses."""

from datetime import timedelta

from httpx import AsyncClient

from app.core.config import Settings
from app.core.security import encode_token
from tests.conftest import bearer

ME = "/api/v1/users/me"


async def test_me_with_an_access_token(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    response = await client.get(ME, headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["email"] == "alice@example.com"


async def test_me_without_a_token_is_refused(client: AsyncClient) -> None:
    response = await client.get(ME)

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_a_forged_token_is_refused(
    client: AsyncClient, tokens: dict[str, str]
) -> None:
    forged = tokens["access_token"][:-4] + "AAAA"

    response = await client.get(ME, headers=bearer(forged))

    assert response.status_code == 401


async def test_an_expired_token_is_refused(
    client: AsyncClient, tokens: dict[str, str], settings: Settings
) -> None:
    me = await client.get(ME, headers=bearer(tokens["access_token"]))
    expired = encode_token(
        {"sub": str(me.json()["id"])},
        "access",
        timedelta(minutes=-1),
        settings.secret_key,
    )

    response = await client.get(ME, headers=bearer(expired))

    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Token has expired"


async def test_a_refresh_token_is_not_an_access_token(
    client: AsyncClient, tokens: dict[str, str]
) -> None:
    response = await client.get(ME, headers=bearer(tokens["refresh_token"]))

    assert response.status_code == 401


async def test_refresh_gives_a_working_access_token(
    client: AsyncClient, tokens: dict[str, str]
) -> None:
    response = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
    )

    assert response.status_code == 200
    me = await client.get(ME, headers=bearer(response.json()["access_token"]))
    assert me.status_code == 200
