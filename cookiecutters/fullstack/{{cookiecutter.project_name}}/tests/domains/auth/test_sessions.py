{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/test_sessions.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Server-side sessions: the cookie, CSRF protection, logout and expiry."""

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from tests.conftest import EMAIL, PASSWORD, ClientFactory

ME = "/api/v1/users/me"


async def test_login_sets_an_httponly_samesite_cookie(client: AsyncClient) -> None:
    await client.post(
        "/api/v1/auth/register",
        json={"email": "bob@example.com", "password": "a long enough password"},
    )
    response = await client.post(
        "/api/v1/auth/login",
        json={"email": "bob@example.com", "password": "a long enough password"},
    )

    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith("session_id=")
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


async def test_me_with_the_session_cookie(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    response = await client.get(ME)

    assert response.status_code == 200
    assert response.json()["email"] == "alice@example.com"


async def test_without_a_cookie_is_refused(client: AsyncClient) -> None:
    response = await client.get(ME)

    assert response.status_code == 401


async def test_a_made_up_cookie_is_refused(client: AsyncClient) -> None:
    response = await client.get(ME, headers={"Cookie": "session_id=made-up"})

    assert response.status_code == 401


@pytest.mark.parametrize("wrong_token", [b"wrong", "éé".encode()])
async def test_unsafe_requests_need_the_csrf_token(
    client: AsyncClient, auth_headers: dict[str, str], wrong_token: bytes
) -> None:
    without = await client.post("/api/v1/items", json={"name": "x"})
    wrong = await client.post(
        "/api/v1/items", json={"name": "x"}, headers={b"X-CSRF-Token": wrong_token}
    )
    right = await client.post("/api/v1/items", json={"name": "x"}, headers=auth_headers)

    assert without.status_code == 403
    assert wrong.status_code == 403
    assert without.json()["error"]["code"] == "forbidden"
    assert right.status_code == 201


async def test_logout_ends_the_session(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    stolen_copy = {"Cookie": f"session_id={client.cookies['session_id']}"}

    response = await client.post("/api/v1/auth/logout", headers=auth_headers)

    assert response.status_code == 204
    assert (await client.get(ME)).status_code == 401
    assert (await client.get(ME, headers=stolen_copy)).status_code == 401


async def test_an_expired_session_is_refused(
    make_client: ClientFactory, settings: Settings
) -> None:
    expired_at_once = settings.model_copy(update={"session_minutes": 0})
    credentials = {"email": EMAIL, "password": PASSWORD}
    async with make_client(expired_at_once) as client:
        await client.post("/api/v1/auth/register", json=credentials)
        login = await client.post("/api/v1/auth/login", json=credentials)
        cookie = login.headers["set-cookie"].split(";")[0]

        response = await client.get(ME, headers={"Cookie": cookie})

    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Session has expired"


async def test_an_idle_session_is_refused(
    make_client: ClientFactory, settings: Settings
) -> None:
    idle_at_once = settings.model_copy(update={"session_idle_minutes": 0})
    credentials = {"email": EMAIL, "password": PASSWORD}
    async with make_client(idle_at_once) as client:
        await client.post("/api/v1/auth/register", json=credentials)
        login = await client.post("/api/v1/auth/login", json=credentials)
        cookie = login.headers["set-cookie"].split(";")[0]

        response = await client.get(ME, headers={"Cookie": cookie})

    assert response.status_code == 401


async def test_a_user_keeps_only_the_newest_sessions(
    make_client: ClientFactory, settings: Settings
) -> None:
    at_most_two = settings.model_copy(update={"max_sessions_per_user": 2})
    credentials = {"email": EMAIL, "password": PASSWORD}
    async with make_client(at_most_two) as client:
        await client.post("/api/v1/auth/register", json=credentials)
        cookies = []
        for _ in range(3):
            login = await client.post("/api/v1/auth/login", json=credentials)
            cookies.append(login.headers["set-cookie"].split(";")[0])
        client.cookies.clear()

        answers = [
            (await client.get(ME, headers={"Cookie": c})).status_code for c in cookies
        ]

    assert sorted(answers) == [200, 200, 401]
    assert answers[-1] == 200  # the session just started is never the one ended
