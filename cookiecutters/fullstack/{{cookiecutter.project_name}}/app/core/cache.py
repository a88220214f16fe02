{#- Generated from cookiecutters/_shared/project/app/core/cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""A small async cache: get, set with a time to live, delete.

{%- if c.__redis_cache %}
Values are strings (JSON, say) kept in Redis under `CACHE_PREFIX`. The connection
pool opens with the app and closes when it stops (see app/lifespan.py).
{%- else %}
Values are strings (JSON, say) kept in this process's memory: each worker process
has its own cache, and a restart empties it. Choose Redis to share one.
{%- endif %}
"""
{% if c.__redis_cache %}
from typing import Annotated, Protocol

from fastapi import Depends, Request
from redis.asyncio import Redis
from redis.exceptions import RedisError
{%- else %}
import time
from collections.abc import Callable
from typing import Annotated, Protocol

from fastapi import Depends, Request
{%- endif %}

from app.core.config import Settings


class Cache(Protocol):
    """What the app needs from a cache; a second backend implements the same."""

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, ttl_seconds: int) -> None: ...

    async def delete(self, key: str) -> None: ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...
{%- if c.__redis_cache %}


class RedisCache:
    def __init__(self, url: str, prefix: str) -> None:
        self.redis = Redis.from_url(url)
        self.prefix = prefix

    async def get(self, key: str) -> str | None:
        value = await self.redis.get(self.prefix + key)
        return value.decode() if isinstance(value, bytes) else value

    async def set(self, key: str, value: str, ttl_seconds: int) -> None:
        await self.redis.set(self.prefix + key, value, ex=ttl_seconds)

    async def delete(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def clear(self) -> None:
        """Delete every key under this cache's prefix (tests use it)."""
        async for key in self.redis.scan_iter(match=f"{self.prefix}*"):
            await self.redis.delete(key)

    async def ping(self) -> bool:
        try:
            return bool(await self.redis.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        await self.redis.aclose()


def create_cache(settings: Settings) -> Cache:
    return RedisCache(settings.redis_url, settings.cache_prefix)
{%- else %}


class MemoryCache:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.entries: dict[str, tuple[float, str]] = {}

    async def get(self, key: str) -> str | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        expires_at, value = entry
        if self.clock() >= expires_at:
            del self.entries[key]
            return None
        return value

    async def set(self, key: str, value: str, ttl_seconds: int) -> None:
        self.entries[key] = (self.clock() + ttl_seconds, value)

    async def delete(self, key: str) -> None:
        self.entries.pop(key, None)

    async def clear(self) -> None:
        self.entries.clear()

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self.entries.clear()


def create_cache(settings: Settings) -> Cache:
    return MemoryCache()
{%- endif %}


async def get_cache(request: Request) -> Cache:
    """The cache the running app opened."""
    cache: Cache = request.app.state.cache
    return cache


CacheDep = Annotated[Cache, Depends(get_cache)]
