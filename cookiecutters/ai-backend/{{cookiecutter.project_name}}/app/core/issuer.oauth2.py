{#- Generated from cookiecutters/_shared/parts/service/project/app/core/issuer.oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The issuer this service trusts: an OpenID Connect provider. Its discovery
document (OIDC_ISSUER/.well-known/openid-configuration) names its keys (`jwks_uri`);
a token's `iss` must be OIDC_ISSUER and its `aud` must include OIDC_AUDIENCE (the
settings refuse to start without both).
"""

from typing import Any

import httpx

from app.core.config import Settings
from app.core.jwks import RemoteKeySet, fetch_json_object, key_id


class TrustedIssuer:
    def __init__(self, settings: Settings, http: httpx.AsyncClient) -> None:
        self.issuer = settings.oidc_issuer
        self.audience = settings.oidc_audience
        self._http = http
        self._jwks_uri: str | None = None
        self._keys = RemoteKeySet(http, self.jwks_uri)

    async def jwks_uri(self) -> str:
        """Where the provider publishes its keys, from its discovery document."""
        if self._jwks_uri is None:
            url = f"{self.issuer.rstrip('/')}/.well-known/openid-configuration"
            document = await fetch_json_object(self._http, url)
            if document.get("issuer") != self.issuer:
                raise ValueError(
                    f"{url} is not the discovery document of {self.issuer}"
                )
            jwks_uri = document.get("jwks_uri")
            if not isinstance(jwks_uri, str):
                raise ValueError(f"{url} names no jwks_uri")
            self._jwks_uri = jwks_uri
        return self._jwks_uri

    async def signing_key(self, token: str) -> tuple[Any, str]:
        """The key to check `token` with, and the one algorithm that key is for:
        the key decides it, never the token's header."""
        key = await self._keys.signing_key(key_id(token))
        return key.key, key.algorithm_name

    async def aclose(self) -> None:
        await self._keys.aclose()
