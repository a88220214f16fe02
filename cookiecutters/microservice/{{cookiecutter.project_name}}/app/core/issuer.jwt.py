{#- Generated from cookiecutters/_shared/parts/service/project/app/core/issuer.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The issuer this service trusts: another service that signs its tokens with
JWT_SECRET (HS256), or, when JWT_JWKS_URL is set, with a key it publishes there
(RS256 or ES256; JWT_SECRET is then not used). JWT_ISSUER and JWT_AUDIENCE, when
set, must match the token's `iss` and `aud`; production requires both, and a
strong JWT_SECRET (app/core/config.py).
"""

from typing import Any

import httpx

from app.core.config import Settings
from app.core.jwks import RemoteKeySet, key_id


class TrustedIssuer:
    def __init__(self, settings: Settings, http: httpx.AsyncClient) -> None:
        self.issuer = settings.jwt_issuer
        self.audience = settings.jwt_audience
        self._secret = settings.jwt_secret
        jwks_url = settings.jwt_jwks_url
        self._keys: RemoteKeySet | None = None
        if jwks_url:

            async def url() -> str:
                return jwks_url

            self._keys = RemoteKeySet(http, url)

    async def signing_key(self, token: str) -> tuple[Any, str]:
        """The key to check `token` with, and the one algorithm it may be signed
        with: the key decides it, never the token's header."""
        if self._keys is None:
            return self._secret, "HS256"
        key = await self._keys.signing_key(key_id(token))
        return key.key, key.algorithm_name

    async def aclose(self) -> None:
        if self._keys is not None:
            await self._keys.aclose()
