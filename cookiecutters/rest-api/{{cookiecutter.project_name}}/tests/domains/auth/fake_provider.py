{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/fake_provider.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""A fake OAuth2 / OpenID Connect provider, served in-process to the app's client.

It checks what a real provider checks: the client's credentials (sent the way it
is set up to take them), the code, and the PKCE verifier against the S256 challenge
sent at authorization. It serves its discovery document, which names its issuer.
"""

import base64
import hashlib
import secrets
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import httpx2
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse

ISSUER = "https://provider.test"
CLIENT_ID = "fastkit-test-client"
CLIENT_SECRET = "fastkit-test-client-secret"


class FakeProvider:
    def __init__(self, subject: str = "provider-user-1") -> None:
        self.subject = subject
        self.email: str | None = "alice@example.com"  # None: the claim is left out
        self.email_verified = True
        self.userinfo_is_json = True  # a broken provider answers with text
        # Its discovery document names this issuer (an impostor's names another).
        self.issuer = ISSUER
        self.discovery_reads = 0
        self.token_auth_method = "client_secret_basic"
        self.challenges: dict[str, str] = {}  # code -> PKCE challenge
        self.access_tokens: set[str] = set()
        self.app = FastAPI()
        self.app.get("/.well-known/openid-configuration")(self.discovery)
        self.app.post("/token")(self.token)
        self.app.get("/userinfo")(self.userinfo)

    @staticmethod
    def settings() -> dict[str, Any]:
        return {
            "oauth_issuer": ISSUER,
            "oauth_client_id": CLIENT_ID,
            "oauth_client_secret": CLIENT_SECRET,
            "oauth_redirect_uri": "http://test/api/v1/auth/callback",
            "oauth_state_cookie_secure": False,
        }

    def transport(self) -> httpx2.ASGITransport:
        return httpx2.ASGITransport(app=self.app)

    def approve(self, authorize_url: str) -> dict[str, str]:
        """The user consents: the query the provider sends back to the callback."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(authorize_url).query).items()}
        assert query["client_id"] == CLIENT_ID
        assert query["response_type"] == "code"
        assert query["code_challenge_method"] == "S256"
        code = secrets.token_urlsafe(16)
        self.challenges[code] = query["code_challenge"]
        return {"code": code, "state": query["state"]}

    async def discovery(self) -> JSONResponse:
        self.discovery_reads += 1
        return JSONResponse(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token",
                "userinfo_endpoint": f"{self.issuer}/userinfo",
            }
        )

    def client_authenticated(self, request: Request, form: dict[str, str]) -> bool:
        """The client's id and secret, where this provider is set up to take them."""
        if self.token_auth_method == "client_secret_post":
            sent = (form.get("client_id"), form.get("client_secret"))
            return sent == (CLIENT_ID, CLIENT_SECRET)
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        return request.headers.get("authorization") == f"Basic {expected}"

    async def token(self, request: Request) -> JSONResponse:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        if not self.client_authenticated(request, form):
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        challenge = self.challenges.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "")
        digest = hashlib.sha256(verifier.encode()).digest()
        computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if challenge is None or computed != challenge:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        access_token = secrets.token_urlsafe(16)
        self.access_tokens.add(access_token)
        body = {"access_token": access_token, "token_type": "Bearer", "expires_in": 300}
        return JSONResponse(body)

    async def userinfo(self, request: Request) -> Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.access_tokens:
            return JSONResponse({"error": "invalid_token"}, status_code=401)
        if not self.userinfo_is_json:
            return PlainTextResponse("Service Unavailable")
        claims = {"sub": self.subject, "email_verified": self.email_verified}
        if self.email is not None:
            claims["email"] = self.email
        return JSONResponse(claims)


async def callback_after_consent(
    client: httpx.AsyncClient, provider: FakeProvider
) -> httpx.Response:
    """The browser round trip: login, consent at the provider, then the app's answer
    to the callback."""
    login = await client.get("/api/v1/auth/login")
    assert login.status_code == 302, login.text
    return await client.get(
        "/api/v1/auth/callback", params=provider.approve(login.headers["location"])
    )


async def sign_in_with_provider(
    client: httpx.AsyncClient, provider: FakeProvider
) -> dict[str, str]:
    """The round trip, signed in: the app's tokens."""
    callback = await callback_after_consent(client, provider)
    assert callback.status_code == 200, callback.text
    tokens: dict[str, str] = callback.json()
    return tokens
