{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/test_tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Access and refresh tokens: what /users/me accepts and what it refuses, and
refresh tokens that work once, rotate, and die on reuse or logout."""

from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from app.core.jwt_tokens import encode_token
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
    response = await refresh(client, tokens["refresh_token"])

    assert response.status_code == 200
    me = await client.get(ME, headers=bearer(response.json()["access_token"]))
    assert me.status_code == 200


@pytest.mark.parametrize(
    "claims",
    [{}, {"sub": "not-an-id"}, {"sub": None}, {"sub": "9" * 30}, {"sub": "-1"}],
)
async def test_a_signed_token_naming_no_valid_user_is_refused(
    client: AsyncClient, settings: Settings, claims: dict[str, Any]
) -> None:
    token = encode_token(claims, "access", timedelta(minutes=5), settings.secret_key)

    response = await client.get(ME, headers=bearer(token))

    assert response.status_code == 401


async def refresh(client: AsyncClient, refresh_token: str) -> Any:
    return await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": refresh_token}
    )


async def test_a_refresh_token_works_once_and_its_reuse_revokes_the_family(
    client: AsyncClient, tokens: dict[str, str]
) -> None:
    first = await refresh(client, tokens["refresh_token"])
    rotated = first.json()["refresh_token"]

    replayed = await refresh(client, tokens["refresh_token"])
    after_reuse = await refresh(client, rotated)

    assert first.status_code == 200 and rotated != tokens["refresh_token"]
    assert replayed.status_code == 401
    # The thief and the user both hold a token of the family: both must sign in.
    assert after_reuse.status_code == 401


async def test_logout_revokes_the_refresh_token(
    client: AsyncClient, tokens: dict[str, str]
) -> None:
    rotated = (await refresh(client, tokens["refresh_token"])).json()["refresh_token"]

    logout = await client.post("/api/v1/auth/logout", json={"refresh_token": rotated})

    assert logout.status_code == 204
    assert (await refresh(client, rotated)).status_code == 401


async def test_a_signed_refresh_token_this_app_never_stored_is_refused(
    client: AsyncClient, tokens: dict[str, str], settings: Settings
) -> None:
    me = await client.get(ME, headers=bearer(tokens["access_token"]))
    lifetime = timedelta(days=1)
    for claims in ({"sub": str(me.json()["id"])}, {"jti": "unknown"}, {"jti": 7}):
        made_up = encode_token(claims, "refresh", lifetime, settings.secret_key)

        assert (await refresh(client, made_up)).status_code == 401
