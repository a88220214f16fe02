{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_issuer.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Which tokens the service trusts: HS256 with JWT_SECRET, or RS256 with the keys at
JWT_JWKS_URL; `iss` and `aud` when JWT_ISSUER and JWT_AUDIENCE are set."""

from typing import Any

import jwt
import pytest
from pydantic import ValidationError

from app.core.config import Settings
from app.core.tokens import InvalidToken, TokenVerifier
from tests.token_issuer import (
    JWKS_URL,
    FakeIssuer,
    call_protected_route,
    token_claims,
    valid_token,
)


async def verify(
    settings: Settings, token: str, issuer: FakeIssuer | None = None
) -> str:
    transport = issuer.transport() if issuer else None
    verifier = TokenVerifier(settings, transport=transport)
    try:
        return (await verifier.verify(token)).subject
    finally:
        await verifier.aclose()


@pytest.mark.parametrize(
    "secret", ["too-short", "a" * 32, "changeme" * 4, "generate-me"]
)
def test_a_weak_secret_stops_the_start_outside_development(
    settings: Settings, secret: str
) -> None:
    values = {**strict_settings(settings), "jwt_secret": secret}
    for environment in ("test", "production"):
        with pytest.raises(ValidationError, match="JWT_SECRET is weak"):
            Settings(**{**values, "environment": environment})

    assert Settings(**{**values, "environment": "development"})


def test_no_secret_and_no_key_set_stops_the_start(settings: Settings) -> None:
    with pytest.raises(ValidationError, match="JWT_SECRET is not set"):
        Settings(**{**strict_settings(settings), "jwt_secret": ""})


def test_production_requires_issuer_and_audience(settings: Settings) -> None:
    production = {**strict_settings(settings), "environment": "production"}
    for unset in ("jwt_issuer", "jwt_audience"):
        with pytest.raises(ValidationError, match="set JWT_ISSUER and JWT_AUDIENCE"):
            Settings(**{**production, unset: None})

    assert Settings(**production).environment == "production"


def strict_settings(settings: Settings) -> dict[str, Any]:
    """The test settings with an issuer and an audience, as production needs."""
    return {
        **settings.model_dump(),
        "jwt_issuer": "https://auth.test",
        "jwt_audience": "orders",
    }


async def test_issuer_and_audience_are_checked_when_set(settings: Settings) -> None:
    strict = settings.model_copy(
        update={"jwt_issuer": "https://auth.test", "jwt_audience": "orders"}
    )

    assert await verify(
        strict, valid_token(strict, iss="https://auth.test", aud="orders")
    )
    wrong = [
        {"iss": "https://evil.test", "aud": "orders"},
        {"iss": "https://auth.test", "aud": "billing"},
        {},
    ]
    for claims in wrong:
        with pytest.raises(InvalidToken):
            await verify(strict, valid_token(strict, **claims))


async def test_keys_from_a_jwks_url(settings: Settings) -> None:
    issuer = FakeIssuer()
    with_jwks = settings.model_copy(update={"jwt_jwks_url": JWKS_URL, "jwt_secret": ""})

    assert await verify(with_jwks, issuer.token(sub="orders"), issuer) == "orders"


async def test_with_a_jwks_an_hs256_token_is_refused(settings: Settings) -> None:
    """A token cannot pick its algorithm: HS256 signed with the public key is the
    classic confusion attack."""
    issuer = FakeIssuer()
    with_jwks = settings.model_copy(update={"jwt_jwks_url": JWKS_URL})
    public_jwk = issuer.jwks()["keys"][0]
    token = jwt.encode(
        token_claims(),
        str(public_jwk["n"]),
        algorithm="HS256",
        headers={"kid": issuer.kid},
    )

    with pytest.raises(InvalidToken):
        await verify(with_jwks, token, issuer)


async def test_an_unreachable_jwks_is_503(settings: Settings) -> None:
    issuer = FakeIssuer()
    issuer.down = True
    with_jwks = settings.model_copy(update={"jwt_jwks_url": JWKS_URL})

    response = await call_protected_route(with_jwks, issuer, issuer.token())

    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
