{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/test_oauth_login.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Login through the OAuth2 provider: PKCE, state, and the app's own tokens."""

from typing import Any
from urllib.parse import parse_qs, urlsplit
from uuid import uuid4

import pytest
from httpx import AsyncClient, Response

from app.core.config import Settings
from tests.conftest import ClientFactory, bearer
from tests.domains.auth.fake_provider import (
    FakeProvider,
    callback_after_consent,
    sign_in_with_provider,
)

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
    response = await callback_after_consent(client, provider)

    assert response.status_code == 401


async def test_an_email_the_provider_has_not_verified_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    provider.email_verified = False
    response = await callback_after_consent(client, provider)

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
    response = await callback_after_consent(client, provider)

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


async def test_a_userinfo_without_an_email_is_refused_naming_it(
    client: AsyncClient, provider: FakeProvider
) -> None:
    provider.email = None  # the scope `email` was not granted
    response = await callback_after_consent(client, provider)

    assert response.status_code == 401
    assert "userinfo has no valid email" in response.json()["error"]["message"]


# Where the endpoints come from: the issuer's discovery document, or the settings.


def new_issuer(provider: FakeProvider) -> str:
    """An issuer no earlier test has discovered (discovery is read once per issuer),
    which the fake provider then is."""
    provider.issuer = f"https://provider-{uuid4().hex[:8]}.test"
    return provider.issuer


async def login_with(
    make_client: ClientFactory, settings: Settings, **changes: Any
) -> Response:
    """GET /auth/login from an app with these provider settings."""
    async with make_client(settings.model_copy(update=changes)) as client:
        return await client.get("/api/v1/auth/login")


async def test_the_endpoints_come_from_the_issuers_discovery_document_once(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider
) -> None:
    issuer = new_issuer(provider)
    changed = settings.model_copy(update={"oauth_issuer": issuer})

    async with make_client(changed) as client:
        first = await sign_in_with_provider(client, provider)
        await sign_in_with_provider(client, provider)
        me = await client.get(ME, headers=bearer(first["access_token"]))

    assert me.json()["email"] == provider.email
    assert provider.discovery_reads == 1


async def test_an_endpoint_in_the_settings_is_used_instead_of_the_discovered(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider
) -> None:
    elsewhere = "https://login.example/authorize"

    issuer = new_issuer(provider)

    login = await login_with(
        make_client, settings, oauth_issuer=issuer, oauth_authorize_url=elsewhere
    )

    assert login.headers["location"].startswith(f"{elsewhere}?")


async def test_without_an_issuer_the_three_endpoints_are_enough(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider
) -> None:
    endpoints = {
        "oauth_issuer": "",
        "oauth_authorize_url": f"{provider.issuer}/authorize",
        "oauth_token_url": f"{provider.issuer}/token",
        "oauth_userinfo_url": f"{provider.issuer}/userinfo",
    }

    async with make_client(settings.model_copy(update=endpoints)) as client:
        await sign_in_with_provider(client, provider)

    assert provider.discovery_reads == 0


async def test_a_discovery_document_naming_another_issuer_is_refused(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider
) -> None:
    issuer = new_issuer(provider)
    provider.issuer = "https://impostor.example"  # what its document says it is

    login = await login_with(make_client, settings, oauth_issuer=issuer)

    assert login.status_code == 401
    assert "'https://impostor.example'" in login.json()["error"]["message"]


async def test_a_discovery_document_that_cannot_be_read_is_refused_naming_it(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider
) -> None:
    issuer = f"{new_issuer(provider)}/realms/missing"  # nothing is served there

    login = await login_with(make_client, settings, oauth_issuer=issuer)

    assert login.status_code == 401
    message = login.json()["error"]["message"]
    assert f"{issuer}/.well-known/openid-configuration could not be read" in message


async def test_without_a_provider_the_login_names_the_settings_to_set(
    make_client: ClientFactory, settings: Settings
) -> None:
    login = await login_with(make_client, settings, oauth_issuer="")

    assert login.status_code == 401
    assert "set OAUTH_ISSUER" in login.json()["error"]["message"]


@pytest.mark.parametrize("method", ["client_secret_basic", "client_secret_post"])
async def test_the_secret_reaches_the_token_endpoint_as_the_provider_takes_it(
    make_client: ClientFactory, settings: Settings, provider: FakeProvider, method: str
) -> None:
    provider.token_auth_method = method
    changed = settings.model_copy(update={"oauth_token_auth_method": method})

    async with make_client(changed) as client:
        tokens = await sign_in_with_provider(client, provider)

    assert tokens["access_token"]


async def test_a_secret_sent_another_way_than_the_provider_takes_is_refused(
    client: AsyncClient, provider: FakeProvider
) -> None:
    provider.token_auth_method = "client_secret_post"  # the app sends it by Basic
    response = await callback_after_consent(client, provider)

    assert response.status_code == 401
    assert "refused the code" in response.json()["error"]["message"]
