"""Login through the OAuth2 provider: PKCE, state, and the app's own tokens."""

from urllib.parse import parse_qs, urlsplit

from httpx import AsyncClient

from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider


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

    me = await client.get(
        "/api/v1/users/me",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )

    assert me.status_code == 200
    assert me.json()["email"] == provider.email


async def test_the_same_provider_user_is_the_same_app_user(
    client: AsyncClient, provider: FakeProvider
) -> None:
    headers = []
    for _ in range(2):
        tokens = await sign_in_with_provider(client, provider)
        headers.append({"Authorization": f"Bearer {tokens['access_token']}"})

    first, second = [await client.get("/api/v1/users/me", headers=h) for h in headers]

    assert first.json()["id"] == second.json()["id"]


async def test_a_wrong_state_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    login = await client.get("/api/v1/auth/login")
    answer = provider.approve(login.headers["location"])

    response = await client.get(
        "/api/v1/auth/callback", params={**answer, "state": "forged"}
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
