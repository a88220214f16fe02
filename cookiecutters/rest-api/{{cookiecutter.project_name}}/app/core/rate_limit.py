{%- set c = cookiecutter -%}
"""Counting attempts per key in fixed time windows, for the sign-in limits.

{%- if c.__redis %}
Counts live in Redis under `RATE_LIMIT_PREFIX`, so every worker process of the app
shares them, and a restart keeps them.
{%- else %}
Counts live in this process's memory: each worker process counts on its own, and
a restart forgets them.
{%- endif %}
"""
{% if not c.__redis %}
import math
import time
from collections.abc import Callable
{%- endif %}
from typing import Annotated, Protocol

from fastapi import Depends, Request
{%- if c.__redis %}
from redis.asyncio import Redis
{%- endif %}

from app.core.config import Settings


class RateLimiter(Protocol):
    async def retry_after(self, key: str, limit: int) -> int:
        """Seconds until `key` is under `limit` again: 0 when it is now."""
        ...

    async def hit(self, key: str, window_seconds: int) -> None:
        """Count one attempt for `key` in its current window."""
        ...

    async def close(self) -> None: ...
{%- if c.__redis %}


class RedisRateLimiter:
    def __init__(self, url: str, prefix: str) -> None:
        self.redis = Redis.from_url(url)
        self.prefix = prefix

    async def retry_after(self, key: str, limit: int) -> int:
        count = await self.redis.get(self.prefix + key)
        if count is None or int(count) < limit:
            return 0
        return max(int(await self.redis.ttl(self.prefix + key)), 1)

    async def hit(self, key: str, window_seconds: int) -> None:
        async with self.redis.pipeline() as pipe:
            pipe.incr(self.prefix + key)
            # The first attempt starts the window; later ones do not extend it.
            pipe.expire(self.prefix + key, window_seconds, nx=True)
            await pipe.execute()

    async def close(self) -> None:
        await self.redis.aclose()


def create_rate_limiter(settings: Settings) -> RateLimiter:
    return RedisRateLimiter(settings.redis_url, settings.rate_limit_prefix)
{%- else %}


class MemoryRateLimiter:
    # Past this many keys, ended windows are dropped (memory stays bounded).
    MAX_KEYS = 10_000

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.windows: dict[str, tuple[float, int]] = {}  # key -> (ends at, count)

    async def retry_after(self, key: str, limit: int) -> int:
        ends_at, count = self.windows.get(key, (0.0, 0))
        now = self.clock()
        if ends_at <= now or count < limit:
            return 0
        return math.ceil(ends_at - now)

    async def hit(self, key: str, window_seconds: int) -> None:
        now = self.clock()
        ends_at, count = self.windows.get(key, (0.0, 0))
        if ends_at <= now:
            if len(self.windows) >= self.MAX_KEYS:
                self.windows = {k: w for k, w in self.windows.items() if w[0] > now}
            ends_at, count = now + window_seconds, 0
        self.windows[key] = (ends_at, count + 1)

    async def close(self) -> None:
        self.windows.clear()


def create_rate_limiter(settings: Settings) -> RateLimiter:
    return MemoryRateLimiter()
{%- endif %}


async def get_rate_limiter(request: Request) -> RateLimiter:
    """The limiter the running app created."""
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]
