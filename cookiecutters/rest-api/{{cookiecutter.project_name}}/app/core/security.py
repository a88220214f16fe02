{%- set c = cookiecutter -%}
"""Secrets handling: {% if c.__passwords %}password hashing (argon2){% endif %}{% if c.__passwords and c.__tokens %} and {% endif %}{% if c.__tokens %}signed tokens (JWT){% endif %}{% if c.__session %} and session tokens{% endif %}."""
{%- if c.auth == 'jwt' %}

import secrets
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import jwt
from pwdlib import PasswordHash
from starlette.concurrency import run_in_threadpool

from app.core.errors import AuthenticationError
{%- elif c.auth == 'oauth2' %}

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from app.core.errors import AuthenticationError
{%- elif c.auth == 'session' %}

import hashlib
import secrets
from functools import cache

from pwdlib import PasswordHash
from starlette.concurrency import run_in_threadpool
{%- endif %}
{%- if c.__tokens %}

ALGORITHM = "HS256"
{%- endif %}
{%- if c.__passwords %}

_password_hash = PasswordHash.recommended()

# Argon2 spends tens of milliseconds of CPU by design: each call runs in a worker
# thread, so other requests (and /health) are served meanwhile.


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_password_hash.hash, password)


async def verify_password(password: str, hashed: str) -> bool:
    return await run_in_threadpool(_password_hash.verify, password, hashed)


async def spend_password_check_time(password: str) -> None:
    """Verify against a throwaway hash, so unknown emails answer as slowly as known ones."""
    await verify_password(password, _throwaway_hash())


@cache
def _throwaway_hash() -> str:
    return _password_hash.hash(secrets.token_urlsafe(16))
{%- endif %}
{%- if c.__tokens %}


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
{%- endif %}
{%- if c.__session %}


def new_secret_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Sessions are stored by digest, so a leaked table does not leak sessions."""
    return hashlib.sha256(token.encode()).hexdigest()
{%- endif %}
