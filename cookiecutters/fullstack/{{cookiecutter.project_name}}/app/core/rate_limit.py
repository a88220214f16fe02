{#- Generated from cookiecutters/_shared/parts/accounts/project/app/core/rate_limit.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Brute-force limits on password checks (SignInLimits), counted per key in fixed
time windows: attempts per client address, wrong passwords per account (signing in)
and per signed-in user (changing the password). A check is counted as a failure
before the password is compared, and given back when it turns out right: guesses
sent at the same moment cannot all pass the limit while the first are being hashed.

{%- if c.__redis %}
Counts live in Redis under `RATE_LIMIT_PREFIX`, so every worker process of the app
shares them, and a restart keeps them.
{%- else %}
Counts live in this process's memory: each worker process counts on its own, and
a restart forgets them.
{%- endif %}
"""

import hashlib
{%- if not c.__redis %}
import math
import time
from collections.abc import Callable
{%- endif %}
from typing import Annotated, Protocol

from fastapi import Depends, Request
{%- if c.__redis %}
from redis.asyncio import Redis
{%- endif %}

from app.core.config import Settings, SettingsDep
from app.core.errors import TooManyRequestsError


class RateLimiter(Protocol):
    async def reserve(self, key: str, limit: int, window_seconds: int) -> int:
        """Count one attempt for `key` in its current window, then say whether it
        fits: 0 when it does, else the seconds until the window ends. Counting and
        checking are one step, so attempts sent at once cannot all pass the check."""
        ...

    async def release(self, key: str) -> None:
        """Take back one attempt of `key` (one that turned out not to count)."""
        ...

    async def close(self) -> None: ...
{%- if c.__redis %}


# INCR and the window's start in one step; the TTL says how long the window has left.
RESERVE = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('TTL', KEYS[1])}
"""
# A window that ended meanwhile is not given a negative count.
RELEASE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0
"""


class RedisRateLimiter:
    def __init__(self, url: str, prefix: str) -> None:
        self.redis = Redis.from_url(url)
        self.prefix = prefix
        self._reserve = self.redis.register_script(RESERVE)
        self._release = self.redis.register_script(RELEASE)

    async def reserve(self, key: str, limit: int, window_seconds: int) -> int:
        count, ttl = await self._reserve(
            keys=[self.prefix + key], args=[window_seconds]
        )
        return 0 if int(count) <= limit else max(int(ttl), 1)

    async def release(self, key: str) -> None:
        await self._release(keys=[self.prefix + key])

    async def close(self) -> None:
        await self.redis.aclose()


def create_rate_limiter(settings: Settings) -> RateLimiter:
    return RedisRateLimiter(settings.redis_url, settings.rate_limit_prefix)
{%- else %}


class MemoryRateLimiter:
    """Each call runs to its end without awaiting: no two requests interleave in it."""

    # Past this many keys, ended windows are dropped (memory stays bounded).
    MAX_KEYS = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.windows: dict[str, tuple[float, int]] = {}  # key -> (ends at, count)

    async def reserve(self, key: str, limit: int, window_seconds: int) -> int:
        now = self.clock()
        ends_at, count = self.windows.get(key, (0.0, 0))
        if ends_at <= now:
            if len(self.windows) >= self.MAX_KEYS:
                self.windows = {k: w for k, w in self.windows.items() if w[0] > now}
            ends_at, count = now + window_seconds, 0
        self.windows[key] = (ends_at, count + 1)
        return 0 if count + 1 <= limit else math.ceil(ends_at - now)

    async def release(self, key: str) -> None:
        ends_at, count = self.windows.get(key, (0.0, 0))
        if ends_at > self.clock() and count > 0:
            self.windows[key] = (ends_at, count - 1)

    async def close(self) -> None:
        self.windows.clear()


def create_rate_limiter(settings: Settings) -> RateLimiter:
    return MemoryRateLimiter()
{%- endif %}


class TooManyAttempts(TooManyRequestsError):
    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(
            "Too many sign-in attempts: try again later", retry_after_seconds
        )


class SignInLimits:
    def __init__(self, limiter: RateLimiter, client: str, settings: Settings) -> None:
        self.limiter = limiter
        self.client_key = f"sign-in:client:{client}"
        self.settings = settings

    async def attempt(self) -> None:
        """One attempt from this client (a login or a registration): 429 past the
        client's limit."""
        await self._reserve(self.client_key, self.settings.login_attempts_per_client)

    async def password_check(self, account: str) -> None:
        """Count a wrong password for `account` in advance: 429 when it has had its
        share in this window, even if this one is right."""
        await self._reserve(account, self.settings.failed_logins_per_account)

    async def password_was_right(self, account: str) -> None:
        await self.limiter.release(account)

    async def _reserve(self, key: str, limit: int) -> None:
        window = self.settings.login_window_seconds
        if wait := await self.limiter.reserve(key, limit, window):
            raise TooManyAttempts(wait)


def account_key(email: str) -> str:
    """Keyed by digest: the limiter's store holds no email addresses."""
    return "sign-in:account:" + hashlib.sha256(email.encode()).hexdigest()[:32]


def user_key(user_id: object) -> str:
    """Wrong current passwords given to change a signed-in user's password."""
    return f"password-change:user:{user_id}"


async def get_rate_limiter(request: Request) -> RateLimiter:
    """The limiter the running app created."""
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]


async def get_sign_in_limits(
    request: Request, limiter: RateLimiterDep, settings: SettingsDep
) -> SignInLimits:
    # Behind a proxy, set FORWARDED_ALLOW_IPS to its address so this is the real client.
    client = request.client.host if request.client else "unknown"
    return SignInLimits(limiter, client, settings)


SignInLimitsDep = Annotated[SignInLimits, Depends(get_sign_in_limits)]
