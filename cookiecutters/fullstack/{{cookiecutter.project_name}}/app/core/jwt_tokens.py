{#- Generated from cookiecutters/_shared/parts/accounts/project/app/core/jwt_tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Signed tokens (JWT) for access and refresh, each typed for its one use."""

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from app.core.errors import AuthenticationError

ALGORITHM = "HS256"


def encode_token(
    claims: dict[str, Any], token_type: str, lifetime: timedelta, secret: str
) -> str:
    """A signed JWT whose `type` claim says what it may be used for."""
    now = datetime.now(UTC)
    payload = {**claims, "type": token_type, "iat": now, "exp": now + lifetime}
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def decode_token(token: str, token_type: str, secret: str) -> dict[str, Any]:
    """The claims of a valid, unexpired token of this type; 401 otherwise."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "type"]}
        )
    except jwt.ExpiredSignatureError as error:
        raise AuthenticationError("Token has expired") from error
    except jwt.PyJWTError as error:
        raise AuthenticationError("Token is not valid") from error
    if claims["type"] != token_type:
        raise AuthenticationError("Token is not valid")
    return claims


def new_token_id() -> str:
    """A random id for a refresh token (`jti`) or a family of them."""
    return secrets.token_urlsafe(24)
