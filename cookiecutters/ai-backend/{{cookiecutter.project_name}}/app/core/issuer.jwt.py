{#- Generated from cookiecutters/_shared/parts/service/project/app/core/issuer.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The issuer this service trusts: another service that signs its tokens with
JWT_SECRET (HS256), or, when JWT_JWKS_URL is set, with a key it publishes there
(RS256 or ES256; JWT_SECRET is then not used). JWT_ISSUER and JWT_AUDIENCE, when
set, must match the token's `iss` and `aud`.
"""

from typing import Any

import httpx

from app.core.config import Settings
from app.core.jwks import PUBLIC_KEY_ALGORITHMS, RemoteKeySet, key_id

MIN_SECRET_LENGTH = 32


class TrustedIssuer:
    def __init__(self, settings: Settings, http: httpx.AsyncClient) -> None:
        self.issuer = settings.jwt_issuer
        self.audience = settings.jwt_audience
        self._secret = settings.jwt_secret
        jwks_url = settings.jwt_jwks_url
        self._keys: RemoteKeySet | None = None
        self.algorithms = ["HS256"]
        if jwks_url:

            async def url() -> str:
                return jwks_url

            self._keys = RemoteKeySet(http, url)
            self.algorithms = PUBLIC_KEY_ALGORITHMS

    def check(self) -> None:
        """At start-up: refuse to run with no way to verify tokens."""
        if self._keys is None and len(self._secret) < MIN_SECRET_LENGTH:
            raise RuntimeError(
                f"JWT_SECRET must be at least {MIN_SECRET_LENGTH} characters "
                "(or set JWT_JWKS_URL to verify tokens with the issuer's keys)"
            )

    async def signing_key(self, token: str) -> Any:
        if self._keys is None:
            return self._secret
        return (await self._keys.signing_key(key_id(token))).key
