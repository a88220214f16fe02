{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_issuer.oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The service is an OpenID Connect resource server: keys from the provider's
discovery document, `iss` exactly OIDC_ISSUER, `aud` including OIDC_AUDIENCE."""

from typing import Any

import pytest
from pydantic import ValidationError

from app.core.config import Settings
from tests.token_issuer import AUDIENCE, ISSUER_URL, FakeIssuer, call_protected_route


def test_no_issuer_or_audience_stops_the_start(settings: Settings) -> None:
    for unset in ({"oidc_issuer": ""}, {"oidc_audience": ""}):
        with pytest.raises(ValidationError, match="set OIDC_ISSUER and OIDC_AUDIENCE"):
            Settings(**{**settings.model_dump(), **unset})


async def test_keys_come_from_the_discovery_document(settings: Settings) -> None:
    issuer = FakeIssuer()

    response = await call_protected_route(settings, issuer, issuer.token(sub="orders"))

    assert response.json() == "orders"
    discovery = f"{ISSUER_URL}/.well-known/openid-configuration"
    assert issuer.requests == [discovery, f"{ISSUER_URL}/jwks.json"]


@pytest.mark.parametrize(
    "claims",
    [
        {"iss": "https://evil.test"},
        {"iss": ISSUER_URL + "/"},
        {"aud": "another-service"},
        {"aud": None},
    ],
    ids=["other-issuer", "issuer-not-exact", "other-audience", "no-audience"],
)
async def test_a_token_for_someone_else_is_401(
    settings: Settings, claims: dict[str, Any]
) -> None:
    issuer = FakeIssuer()

    response = await call_protected_route(settings, issuer, issuer.token(**claims))

    assert response.status_code == 401


async def test_an_audience_list_that_includes_this_service_is_accepted(
    settings: Settings,
) -> None:
    issuer = FakeIssuer()
    token = issuer.token(aud=["another-service", AUDIENCE])

    assert (await call_protected_route(settings, issuer, token)).status_code == 200


async def test_an_unreachable_provider_is_503(settings: Settings) -> None:
    issuer = FakeIssuer()
    issuer.down = True

    response = await call_protected_route(settings, issuer, issuer.token())

    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
