{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/test_oauth_login.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Login through the OAuth2 provider: PKCE, state, and the app's own tokens."""

from urllib.parse import parse_qs, urlsplit

import pytest
from httpx import AsyncClient

from tests.conftest import bearer
from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider

ME = "/api/v1/users/me"


async def test_login_redirects_to_the_provider_with_pkce(client: AsyncClient) -> None:
    response = await client.get("/api/v1/auth/login")

    location = urlsplit(response.headers["location"])
    query = parse_qs(location.query)
    assert response.status_code == 302
    assert f"{location.scheme}://{location.netloc}{location.path}" == (
        "https://provider.test/authorize"
    )
    assert query["code_challenge_method"] == ["S256"]
    assert query["state"][0]
    assert "oauth_state=" in response.headers["set-cookie"]


async def test_callback_gives_the_app_tokens(
    client: AsyncClient, provider: FakeProvider
) -> None:
    tokens = await sign_in_with_provider(client, provider)

    me = await client.get(ME, headers=bearer(tokens["access_token"]))

    assert me.status_code == 200
    assert me.json()["email"] == provider.email


async def test_the_same_provider_user_is_the_same_app_user(
    client: AsyncClient, provider: FakeProvider
) -> None:
    signed_in = [await sign_in_with_provider(client, provider) for _ in range(2)]

    first, second = [
        await client.get(ME, headers=bearer(tokens["access_token"]))
        for tokens in signed_in
    ]

    assert first.json()["id"] == second.json()["id"]


@pytest.mark.parametrize("state", ["forged", "é"])
async def test_a_wrong_state_is_refused(
    client: AsyncClient, provider: FakeProvider, state: str
) -> None:
    login = await client.get("/api/v1/auth/login")
    answer = provider.approve(login.headers["location"])

    response = await client.get(
        "/api/v1/auth/callback", params={**answer, "state": state}
    )

    assert response.status_code == 401
    assert "state does not match" in response.json()["error"]["message"]


async def test_a_callback_without_login_is_refused(client: AsyncClient) -> None:
    response = await client.get(
        "/api/v1/auth/callback", params={"code": "x", "state": "y"}
    )

    assert response.status_code == 401


async def test_a_code_the_provider_refuses_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    login = await client.get("/api/v1/auth/login")
    answer = provider.approve(login.headers["location"])

    response = await client.get(
        "/api/v1/auth/callback", params={**answer, "code": "not-issued"}
    )

    assert response.status_code == 401
    assert "refused the code" in response.json()["error"]["message"]


async def test_a_provider_answer_that_is_not_json_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    provider.userinfo_is_json = False
    login = await client.get("/api/v1/auth/login")

    response = await client.get(
        "/api/v1/auth/callback", params=provider.approve(login.headers["location"])
    )

    assert response.status_code == 401


async def test_an_email_the_provider_has_not_verified_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    provider.email_verified = False
    login = await client.get("/api/v1/auth/login")

    response = await client.get(
        "/api/v1/auth/callback", params=provider.approve(login.headers["location"])
    )

    assert response.status_code == 401
    assert "not verified" in response.json()["error"]["message"]


async def test_a_login_the_user_declines_at_the_provider_is_refused(
    client: AsyncClient,
) -> None:
    login = await client.get("/api/v1/auth/login")
    state = parse_qs(urlsplit(login.headers["location"]).query)["state"][0]

    response = await client.get(
        "/api/v1/auth/callback", params={"error": "access_denied", "state": state}
    )

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_an_email_taken_by_another_provider_user_is_a_conflict(
    client: AsyncClient, provider: FakeProvider
) -> None:
    await sign_in_with_provider(client, provider)
    provider.subject = "provider-user-2"  # a different account, the same email
    login = await client.get("/api/v1/auth/login")

    response = await client.get(
        "/api/v1/auth/callback", params=provider.approve(login.headers["location"])
    )

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


async def test_a_changed_email_at_the_provider_follows_the_user(
    client: AsyncClient, provider: FakeProvider
) -> None:
    before = await sign_in_with_provider(client, provider)
    provider.email = "alice@new.example.com"
    after = await sign_in_with_provider(client, provider)

    old_me, new_me = [
        (await client.get(ME, headers=bearer(tokens["access_token"]))).json()
        for tokens in (before, after)
    ]

    assert new_me["id"] == old_me["id"]
    assert new_me["email"] == "alice@new.example.com"
