{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_jwks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The issuer's keys: fetched once, cached, fetched again when it rotates them,
never on every made-up key id, and a 503 (not a 401) while they cannot be had."""

import httpx
import pytest

from app.core.jwks import KeysUnavailable, RemoteKeySet, UnknownKey
from tests.token_issuer import JWKS_URL, FakeIssuer


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
