"""API keys: issued at login, sent in X-API-Key, stored as digests, revoked."""

from httpx import AsyncClient
from sqlalchemy import select

from app.core.config import Settings
from app.db.session import create_engine
from app.domains.auth.api_keys import ApiKey
from app.domains.auth.service import MAX_KEYS_PER_USER
from tests.conftest import EMAIL, PASSWORD, login_response, register_and_login


async def me(client: AsyncClient, key: str) -> int:
    response = await client.get("/api/v1/users/me", headers={"X-API-Key": key})
    return response.status_code


async def new_key(client: AsyncClient) -> str:
    response = await login_response(client, EMAIL, PASSWORD)
    assert response.status_code == 200, response.text
    key: str = response.json()["api_key"]
    return key


async def test_a_key_from_login_signs_requests_in(client: AsyncClient) -> None:
    answer = await register_and_login(client)

    response = await client.get(
        "/api/v1/users/me", headers={"X-API-Key": answer["api_key"]}
    )

    assert response.status_code == 200
    assert response.json()["email"] == EMAIL


async def test_no_key_or_an_unknown_one_is_a_401(client: AsyncClient) -> None:
    await register_and_login(client)

    missing = await client.get("/api/v1/users/me")
    unknown = await client.get("/api/v1/users/me", headers={"X-API-Key": "x" * 43})

    assert (missing.status_code, unknown.status_code) == (401, 401)
    assert unknown.json()["error"]["code"] == "not_authenticated"


async def test_only_a_digest_of_each_key_is_stored(
    client: AsyncClient, settings: Settings
) -> None:
    key = (await register_and_login(client))["api_key"]

    engine = create_engine(settings.database_url)
    async with engine.connect() as connection:
        stored = list(await connection.scalars(select(ApiKey.digest)))
    await engine.dispose()

    assert len(stored) == 1
    assert key not in stored[0] and len(stored[0]) == 64


async def test_logout_revokes_only_the_key_it_was_sent_with(
    client: AsyncClient,
) -> None:
    first = (await register_and_login(client))["api_key"]
    second = await new_key(client)

    logout = await client.post("/api/v1/auth/logout", headers={"X-API-Key": first})

    assert logout.status_code == 204
    assert (await me(client, first), await me(client, second)) == (401, 200)


async def test_a_user_holds_a_bounded_number_of_keys(client: AsyncClient) -> None:
    oldest = (await register_and_login(client))["api_key"]
    newer = [await new_key(client) for _ in range(MAX_KEYS_PER_USER)]

    assert await me(client, oldest) == 401
    assert [await me(client, key) for key in newer] == [200] * MAX_KEYS_PER_USER
