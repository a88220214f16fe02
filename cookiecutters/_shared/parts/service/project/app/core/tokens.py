"""Bearer tokens issued elsewhere, verified here; this service issues none.

Every /api/v1 route depends on `current_caller` (app/api/registry.py). A token
must be signed by the issuer this service trusts (app/core/issuer.py), unexpired
(30 s of clock skew allowed), name its subject (`sub`), be an access token (an ID
token says who signed in to a client, not what it may do here), and carry
WRITE_SCOPE for any request that is not a read (READ_SCOPE for reads, when set).
"""

from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

import httpx
import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.config import Settings
from app.core.errors import AppError, AuthenticationError, PermissionDeniedError
from app.core.issuer import TrustedIssuer
from app.core.jwks import KeysUnavailable

LEEWAY_SECONDS = 30
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
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


class MissingScope(PermissionDeniedError):
    """403 as RFC 6750 says: the token is good, but not for this."""

    def __init__(self, scope: str) -> None:
        super().__init__(f"The token lacks the scope {scope!r}")
        self.scope = scope

    def response_headers(self) -> dict[str, str]:
        challenge = f'Bearer error="insufficient_scope", scope="{self.scope}"'
        return {"WWW-Authenticate": challenge}


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
        self.read_scope = settings.read_scope
        self.write_scope = settings.write_scope

    async def verify(self, token: str) -> Caller:
        issuer = self.issuer
        try:
            key, algorithm = await issuer.signing_key(token)
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[algorithm],
                issuer=issuer.issuer,
                audience=issuer.audience,
                leeway=LEEWAY_SECONDS,
                options={
                    "require": ["exp", "sub"],
                    "verify_aud": issuer.audience is not None,
                },
            )
            if is_id_token(jwt.get_unverified_header(token), claims):
                raise InvalidToken("An ID token is not an access token")
        except KeysUnavailable as error:
            raise VerificationUnavailable() from error
        except InvalidToken:
            raise
        # Not only PyJWTError: PyJWT raised TypeError for a token whose header named
        # an algorithm of another key type. Whatever a token makes it raise, the
        # token is bad (401), never the server (500).
        except Exception as error:
            raise InvalidToken() from error
        return Caller(claims["sub"], scopes_of(claims), claims)

    def scope_needed(self, method: str) -> str:
        """The scope a request of this method needs ("" for none)."""
        return self.read_scope if method in READ_METHODS else self.write_scope

    async def aclose(self) -> None:
        await self.issuer.aclose()
        await self._http.aclose()


def is_id_token(header: dict[str, Any], claims: dict[str, Any]) -> bool:
    """What marks an OpenID Connect ID token where providers document it: a
    `typ` of ID (Keycloak), `token_use` id (Cognito), or the hashes only ID tokens
    carry (`at_hash`, `c_hash`; OpenID Connect Core 3.1.3.6, 3.3.2.11). An access
    token in RFC 9068's format says so in its header (`at+jwt`)."""
    if str(header.get("typ", "")).lower() in ("at+jwt", "application/at+jwt"):
        return False
    return (
        claims.get("typ") == "ID"
        or claims.get("token_use") == "id"
        or "at_hash" in claims
        or "c_hash" in claims
    )


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
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    verifier: Annotated[TokenVerifier, Depends(get_token_verifier)],
) -> Caller:
    if credentials is None:
        raise InvalidToken()
    caller = await verifier.verify(credentials.credentials)
    scope = verifier.scope_needed(request.method)
    if scope and scope not in caller.scopes:
        raise MissingScope(scope)
    return caller


CurrentCaller = Annotated[Caller, Depends(current_caller)]
