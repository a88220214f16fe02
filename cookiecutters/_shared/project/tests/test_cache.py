{%- set c = cookiecutter -%}
"""The cache{% if c.__redis_cache %} (the real Redis at REDIS_URL){% else %} (in memory){% endif %}, and the item reads it serves."""

from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient

from app.core.cache import Cache{% if not c.__redis_cache %}, MemoryCache{% endif %}
{%- if c.__redis_cache %}
from app.core.config import Settings
{%- endif %}
from tests.domains.item.test_items_api import URL, create


@pytest.fixture
def cache(client: AsyncClient) -> Cache:
    """The cache of the app behind `client`."""
    transport = client._transport
    assert isinstance(transport, ASGITransport)
    app: Any = transport.app
    app_cache: Cache = app.state.cache
    return app_cache


async def test_set_get_delete(cache: Cache) -> None:
    await cache.set("greeting", "hello", ttl_seconds=60)
    assert await cache.get("greeting") == "hello"

    await cache.delete("greeting")
    assert await cache.get("greeting") is None
{%- if c.__redis_cache %}


async def test_values_expire(cache: Cache, settings: Settings) -> None:
    """Each value is stored with its time to live, which Redis enforces (watching it
    expire would cost the run a second's wait)."""
    await cache.set("short-lived", "x", ttl_seconds=5)

    raw: Any = cache
    left = await raw.redis.pttl(f"{settings.cache_prefix}short-lived")
    assert 4000 < left <= 5000  # milliseconds


async def test_keys_carry_the_prefix(cache: Cache, settings: Settings) -> None:
    await cache.set("greeting", "hello", ttl_seconds=60)

    raw: Any = cache
    assert await raw.redis.get(f"{settings.cache_prefix}greeting") == b"hello"
{%- else %}


async def test_values_expire() -> None:
    now = [1000.0]
    cache = MemoryCache(clock=lambda: now[0])
    await cache.set("short-lived", "x", ttl_seconds=5)

    now[0] += 4.9
    assert await cache.get("short-lived") == "x"
    now[0] += 0.1
    assert await cache.get("short-lived") is None
{%- endif %}


async def test_reading_an_item_caches_it(
    client: AsyncClient, cache: Cache, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, {"name": "cached"})

    first = await client.get(f"{URL}/{created['id']}")
    key = f"items:{created['id']}"
    cached = await cache.get(key)

    assert cached is not None
    await cache.set(key, cached.replace("cached", "from cache"), ttl_seconds=60)
    second = await client.get(f"{URL}/{created['id']}")
    assert first.json()["name"] == "cached"
    assert second.json()["name"] == "from cache"  # served without asking storage


async def test_writes_invalidate_the_cached_item(
    client: AsyncClient, cache: Cache, auth_headers: dict[str, str]
) -> None:
    created = await create(client, auth_headers, {"name": "old"})
    url = f"{URL}/{created['id']}"
    await client.get(url)

    await client.patch(url, json={"name": "new"}, headers=auth_headers)
    assert (await client.get(url)).json()["name"] == "new"

    await client.delete(url, headers=auth_headers)
    assert (await client.get(url)).status_code == 404
