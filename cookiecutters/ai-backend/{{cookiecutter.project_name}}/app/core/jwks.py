{#- Generated from cookiecutters/_shared/parts/service/project/app/core/jwks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The signing keys an issuer publishes as a JSON Web Key Set, fetched and cached.

Keys are fetched on first use and kept for `max_age` seconds. A token signed with a
key id the set lacks (the issuer rotated its keys) fetches the set again early, but
at most once per `min_refresh` seconds, so that made-up key ids cannot turn every
request into a call to the issuer.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx
import jwt

# Asymmetric only: a key set never verifies an HS256 token (no algorithm confusion).
PUBLIC_KEY_ALGORITHMS = ["RS256", "ES256"]


class KeysUnavailable(Exception):
    """The issuer's keys could not be fetched (and none are cached)."""


class UnknownKey(Exception):
    """The token names a key the issuer does not publish."""


class RemoteKeySet:
    def __init__(
        self,
        http: httpx.AsyncClient,
        jwks_url: Callable[[], Awaitable[str]],
        max_age: float = 600.0,
        min_refresh: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        self._jwks_url = jwks_url
        self._max_age = max_age
        self._min_refresh = min_refresh
        self._clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")
        self._error = "not fetched yet"
        self._lock = asyncio.Lock()

    async def signing_key(self, kid: str | None) -> jwt.PyJWK:
        now = self._clock()
        age = now - self._fetched_at
        if age > self._max_age or (self._find(kid) is None and age > self._min_refresh):
            await self._refresh(now)
        if not self._keys:
            raise KeysUnavailable(self._error)
        key = self._find(kid)
        if key is None:
            raise UnknownKey(f"no signing key {kid!r}")
        return key

    def _find(self, kid: str | None) -> jwt.PyJWK | None:
        if kid is None and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        return self._keys.get(kid or "")

    async def _refresh(self, now: float) -> None:
        async with self._lock:
            if self._fetched_at >= now:  # another request fetched them meanwhile
                return
            try:
                response = await self._http.get(await self._jwks_url())
                response.raise_for_status()
                key_set = jwt.PyJWKSet.from_dict(response.json())
            except (httpx.HTTPError, ValueError, jwt.PyJWKSetError) as error:
                # Keep the keys we have; ask again after min_refresh at the earliest.
                self._error = f"{type(error).__name__}: {error}"
            else:
                self._keys = {key.key_id or "": key for key in key_set.keys}
            self._fetched_at = self._clock()


def key_id(token: str) -> str | None:
    """The `kid` in the token's header (read before the signature is checked, as
    it names the key to check it with)."""
    kid = jwt.get_unverified_header(token).get("kid")
    return kid if isinstance(kid, str) else None
