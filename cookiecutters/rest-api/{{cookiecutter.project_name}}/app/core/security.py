{%- set c = cookiecutter -%}
"""Secrets handling: {% if c.__passwords %}password hashing (argon2){% endif %}{% if c.__passwords and c.__tokens %} and {% endif %}{% if c.__tokens %}signed tokens (JWT){% endif %}{% if c.__session %} and session tokens{% endif %}."""
{%- if c.auth == 'jwt' %}

import secrets
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

import jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings
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
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings
{%- endif %}
{%- if c.__tokens %}

ALGORITHM = "HS256"
{%- endif %}
{%- if c.__passwords %}


class PasswordHasher:
    """Argon2id at the cost the settings give. Argon2 spends tens of milliseconds of
    CPU by design: each call runs in a worker thread, so other requests (and /health)
    are served meanwhile."""

    def __init__(self, passes: int, memory_kib: int) -> None:
        self.argon2 = PasswordHash(
            (Argon2Hasher(time_cost=passes, memory_cost=memory_kib),)
        )
        self._throwaway: str | None = None

    async def hash(self, password: str) -> str:
        return await run_in_threadpool(self.argon2.hash, password)

    async def verify(self, password: str, hashed: str) -> bool:
        return await run_in_threadpool(self.argon2.verify, password, hashed)

    async def spend_check_time(self, password: str) -> None:
        """Check against a throwaway hash: unknown emails take as long as known ones."""
        if self._throwaway is None:
            self._throwaway = await self.hash(secrets.token_urlsafe(16))
        await self.verify(password, self._throwaway)


def password_hasher(settings: Settings) -> PasswordHasher:
    return _hasher(settings.password_hash_passes, settings.password_hash_memory_kib)


@cache
def _hasher(passes: int, memory_kib: int) -> PasswordHasher:
    return PasswordHasher(passes, memory_kib)
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
