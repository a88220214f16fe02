"""The issuer's keys: fetched once, cached, fetched again when it rotates them,
never on every made-up key id, and a 503 (not a 401) while they cannot be had.
However slow, large or odd the issuer's answer, a request waits at most the
fetch's deadline, and only when it has no key to use."""

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import httpx
import pytest

from app.core.jwks import MAX_DOCUMENT_BYTES, KeysUnavailable, RemoteKeySet, UnknownKey
from tests.token_issuer import JWKS_URL, FakeIssuer

Handler = Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def jwks_url() -> str:
    return JWKS_URL


def key_set(issuer: FakeIssuer, clock: Clock | None = None) -> RemoteKeySet:
    http = httpx.AsyncClient(transport=issuer.transport())
    return RemoteKeySet(http, jwks_url, clock=clock or Clock())


def fetches(issuer: FakeIssuer) -> int:
    return issuer.requests.count(JWKS_URL)


async def test_keys_are_fetched_once_and_cached() -> None:
    issuer = FakeIssuer()
    keys = key_set(issuer)

    for _ in range(3):
        key = await keys.signing_key(issuer.kid)

    assert key.key_id == issuer.kid
    assert fetches(issuer) == 1


async def test_made_up_key_ids_do_not_flood_the_issuer() -> None:
    issuer = FakeIssuer()
    keys = key_set(issuer)
    await keys.signing_key(issuer.kid)

    for n in range(20):
        with pytest.raises(UnknownKey):
            await keys.signing_key(f"made-up-{n}")

    assert fetches(issuer) == 1


async def test_a_rotated_key_is_fetched_again() -> None:
    issuer, clock = FakeIssuer(), Clock()
    keys = key_set(issuer, clock)
    await keys.signing_key(issuer.kid)
    issuer.rotate()
    clock.now += 31  # past the interval between early fetches

    key = await keys.signing_key(issuer.kid)

    assert key.key_id == issuer.kid
    assert fetches(issuer) == 2


async def test_keys_that_cannot_be_fetched_are_unavailable_not_unknown() -> None:
    issuer = FakeIssuer()
    issuer.down = True

    with pytest.raises(KeysUnavailable):
        await key_set(issuer).signing_key(issuer.kid)


async def test_cached_keys_outlive_an_issuer_outage() -> None:
    issuer, clock = FakeIssuer(), Clock()
    keys = key_set(issuer, clock)
    await keys.signing_key(issuer.kid)
    issuer.down = True
    clock.now += 3600  # long past the keys' max age

    assert (await keys.signing_key(issuer.kid)).key_id == issuer.kid


def key_set_at(handler: Handler, clock: Clock | None = None) -> RemoteKeySet:
    """Keys fetched from `handler`, with a fetch deadline of 0.3 s."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return RemoteKeySet(http, jwks_url, deadline=0.3, clock=clock or Clock())


async def dripping() -> AsyncIterator[bytes]:
    """A byte now and then, never the end."""
    while True:
        yield b" "
        await asyncio.sleep(0.05)


async def endless() -> AsyncIterator[bytes]:
    while True:
        yield b"[" * 65536
        await asyncio.sleep(0)


async def test_a_slow_issuer_costs_a_request_the_deadline_at_most() -> None:
    async def hanging(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(60)
        return httpx.Response(200)

    async def drips(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=dripping())

    for handler in (hanging, drips):
        started = time.monotonic()
        with pytest.raises(KeysUnavailable, match="TimeoutError"):
            await key_set_at(handler).signing_key("any")

        assert time.monotonic() - started < 2


async def test_an_oversized_key_set_is_not_read_whole() -> None:
    async def huge(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    with pytest.raises(KeysUnavailable, match=f"more than {MAX_DOCUMENT_BYTES}"):
        await key_set_at(huge).signing_key("any")


@pytest.mark.parametrize("document", [[], "keys", {"keys": "none"}, {"keys": [1]}])
async def test_a_key_set_that_is_not_one_is_unavailable_and_not_fetched_again(
    document: Any,
) -> None:
    fetched: list[str] = []

    async def odd(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        return httpx.Response(200, json=document)

    keys = key_set_at(odd)
    for _ in range(5):
        with pytest.raises(KeysUnavailable):
            await keys.signing_key("any")

    assert len(fetched) == 1  # once per min_refresh, not once per request


async def test_requests_at_once_share_one_fetch() -> None:
    issuer = FakeIssuer()

    async def slowish(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return issuer.answer(request)

    keys = key_set_at(slowish)
    found = await asyncio.gather(*(keys.signing_key(issuer.kid) for _ in range(20)))

    assert {key.key_id for key in found} == {issuer.kid}
    assert fetches(issuer) == 1


async def test_stale_keys_are_used_while_the_issuer_is_slow_to_refresh() -> None:
    issuer, clock = FakeIssuer(), Clock()
    slow = False

    async def maybe_slow(request: httpx.Request) -> httpx.Response:
        if slow:
            await asyncio.sleep(60)
        return issuer.answer(request)

    keys = key_set_at(maybe_slow, clock)
    await keys.signing_key(issuer.kid)
    slow, clock.now = True, clock.now + 3600  # long past the keys' max age

    started = time.monotonic()
    key = await keys.signing_key(issuer.kid)

    assert key.key_id == issuer.kid
    assert time.monotonic() - started < 0.1  # the refresh goes on in the background
    await keys.aclose()


async def test_closing_stops_a_fetch_under_way() -> None:
    async def hanging(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(60)
        return httpx.Response(200)

    http = httpx.AsyncClient(transport=httpx.MockTransport(hanging))
    keys = RemoteKeySet(http, jwks_url, deadline=60)
    waiting = asyncio.create_task(keys.signing_key("any"))
    await asyncio.sleep(0.05)

    started = time.monotonic()
    await keys.aclose()
    with pytest.raises(KeysUnavailable):
        await waiting

    assert time.monotonic() - started < 1
