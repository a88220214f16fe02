{#- Generated from cookiecutters/_shared/parts/service/project/app/core/tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Bearer tokens issued elsewhere, verified here; this service issues none.

Every /api/v1 route depends on `current_caller` (app/api/registry.py). A token
must be signed by the issuer this service trusts (app/core/issuer.py), unexpired
(30 s of clock skew allowed), and name its subject (`sub`).
"""

from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

import httpx
import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.config import Settings
from app.core.errors import AppError, AuthenticationError
from app.core.issuer import TrustedIssuer
from app.core.jwks import KeysUnavailable, UnknownKey

LEEWAY_SECONDS = 30
# auto_error=False: a missing token gets the common error shape, not FastAPI's.
bearer = HTTPBearer(auto_error=False, description="An access token from the issuer")


@dataclass(frozen=True)
class Caller:
    """Who sent the request, as the token says."""

    subject: str
    scopes: frozenset[str]
    claims: dict[str, Any] = field(repr=False)


class InvalidToken(AuthenticationError):
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}

    def __init__(self, message: str = "Missing, invalid or expired token") -> None:
        super().__init__(message)


class VerificationUnavailable(AppError):
    status_code = 503
    code = "service_unavailable"

    def __init__(self) -> None:
        super().__init__("The token issuer's keys cannot be fetched: try again later")


class TokenVerifier:
    """Checks tokens against the trusted issuer; owns the HTTP client that fetches
    its keys (closed with the app)."""

    def __init__(
        self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._http = httpx.AsyncClient(transport=transport, timeout=5.0)
        self.issuer = TrustedIssuer(settings, self._http)
        self.issuer.check()

    async def verify(self, token: str) -> Caller:
        issuer = self.issuer
        try:
            key = await issuer.signing_key(token)
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=issuer.algorithms,
                issuer=issuer.issuer,
                audience=issuer.audience,
                leeway=LEEWAY_SECONDS,
                options={
                    "require": ["exp", "sub"],
                    "verify_aud": issuer.audience is not None,
                },
            )
        except KeysUnavailable as error:
            raise VerificationUnavailable() from error
        except (jwt.PyJWTError, UnknownKey) as error:
            raise InvalidToken() from error
        return Caller(claims["sub"], scopes_of(claims), claims)

    async def aclose(self) -> None:
        await self._http.aclose()


def scopes_of(claims: dict[str, Any]) -> frozenset[str]:
    """`scope` as a space-separated string (RFC 8693), or `scp` as a list."""
    scope = claims.get("scope", claims.get("scp", ""))
    if isinstance(scope, str):
        return frozenset(scope.split())
    return frozenset(str(s) for s in scope) if isinstance(scope, list) else frozenset()


async def get_token_verifier(request: Request) -> TokenVerifier:
    verifier: TokenVerifier = request.app.state.token_verifier
    return verifier


async def current_caller(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    verifier: Annotated[TokenVerifier, Depends(get_token_verifier)],
) -> Caller:
    if credentials is None:
        raise InvalidToken()
    return await verifier.verify(credentials.credentials)


CurrentCaller = Annotated[Caller, Depends(current_caller)]
