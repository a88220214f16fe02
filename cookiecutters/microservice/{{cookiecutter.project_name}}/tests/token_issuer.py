{#- Generated from cookiecutters/_shared/parts/service/project/tests/token_issuer.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""A stand-in for the issuer this service trusts: it signs tokens with a test key
and serves its discovery document and key set in-process (httpx.MockTransport),
so that tests never reach the network."""

import json
import time
from typing import Any
from uuid import uuid4

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI

from app.core.config import Settings
from app.core.errors import install_error_handlers
from app.core.tokens import CurrentCaller, TokenVerifier, get_token_verifier

ISSUER_URL = "https://issuer.test"
JWKS_URL = f"{ISSUER_URL}/jwks.json"
AUDIENCE = "test-audience"


class FakeIssuer:
    def __init__(self) -> None:
        self.requests: list[str] = []  # the URLs the service fetched
        self.down = False
        self.rotate()

    def rotate(self) -> None:
        """A new signing key under a new key id, as issuers do from time to time."""
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = uuid4().hex

    def jwks(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [{**public, "kid": self.kid, "use": "sig", "alg": "RS256"}]}

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The issuer's answer: its discovery document or its key set."""
        documents = {
            f"{ISSUER_URL}/.well-known/openid-configuration": lambda: {
                "issuer": ISSUER_URL,
                "jwks_uri": JWKS_URL,
            },
            JWKS_URL: self.jwks,
        }
        url = str(request.url)
        self.requests.append(url)
        if self.down:
            return httpx.Response(503)
        if url not in documents:
            return httpx.Response(404)
        return httpx.Response(200, json=documents[url]())

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.answer)

    def token(self, kid: str | None = None, **claims: Any) -> str:
        """An RS256 token for `service-a`, valid for 5 minutes; `claims` add to or
        replace its claims (None leaves one out)."""
        return jwt.encode(
            token_claims(**{"iss": ISSUER_URL, "aud": AUDIENCE, **claims}),
            self.key,
            algorithm="RS256",
            headers={"kid": kid or self.kid},
        )


def token_claims(**claims: Any) -> dict[str, Any]:
    """An access token's claims: a subject, valid for 5 minutes, allowed to write."""
    now = int(time.time())
    base = {"sub": "service-a", "iat": now, "exp": now + 300, "scope": "write"}
    return {k: v for k, v in {**base, **claims}.items() if v is not None}


ISSUER = FakeIssuer()


def trust_test_issuer(
    app: FastAPI, settings: Settings, issuer: FakeIssuer = ISSUER
) -> TokenVerifier:
    """Make the app fetch its keys from `issuer`, in-process."""
    verifier = TokenVerifier(settings, transport=issuer.transport())
    app.dependency_overrides[get_token_verifier] = lambda: verifier
    return verifier


async def call_protected_route(
    settings: Settings, issuer: FakeIssuer, token: str
) -> httpx.Response:
    """GET a route that needs a caller, on an app that trusts `issuer`."""
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/caller")
    async def caller(caller: CurrentCaller) -> str:
        return caller.subject

    verifier = trust_test_issuer(app, settings, issuer)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get(
            "/caller", headers={"Authorization": f"Bearer {token}"}
        )
    await verifier.aclose()
    return response
{%- if c.auth == 'jwt' %}


def issuer_settings() -> dict[str, Any]:
    """The tests' issuer shares this secret with the service."""
    return {"jwt_secret": "test-secret-shared-with-the-issuer-for-hs256-tokens"}


def valid_token(settings: Settings, **claims: Any) -> str:
    return jwt.encode(token_claims(**claims), settings.jwt_secret, algorithm="HS256")


def forged_token(settings: Settings) -> str:
    return jwt.encode(
        token_claims(), settings.jwt_secret + "-forged", algorithm="HS256"
    )
{%- else %}


def issuer_settings() -> dict[str, Any]:
    return {"oidc_issuer": ISSUER_URL, "oidc_audience": AUDIENCE}


def valid_token(settings: Settings, **claims: Any) -> str:
    return ISSUER.token(aud=settings.oidc_audience, **claims)


def forged_token(settings: Settings) -> str:
    """Signed by another key under the trusted key's id."""
    return FakeIssuer().token(kid=ISSUER.kid, aud=settings.oidc_audience)
{%- endif %}
