{#- Generated from cookiecutters/_shared/parts/service/project/app/core/jwks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The signing keys an issuer publishes as a JSON Web Key Set, fetched and cached.

Keys are fetched on first use and refreshed after `max_age` seconds in the
background: requests go on with the keys they have while a refresh is slow or
failing. A token signed with a key id the set lacks (the issuer rotated its keys)
waits for one fetch of the set, at most once per `min_refresh` seconds, so that
made-up key ids cannot turn every request into a call to the issuer. There is one
fetch at a time; it has an overall deadline and a size cap, whatever the issuer
sends or how slowly, and stopping the app cancels it.
"""

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import jwt

# Asymmetric only: a key set never verifies an HS256 token (no algorithm confusion).
PUBLIC_KEY_ALGORITHMS = ["RS256", "ES256"]
# The whole fetch (discovery document included), however slowly the issuer answers.
FETCH_DEADLINE_SECONDS = 5.0
# Key sets are a few kilobytes; past this the issuer is not sending one.
MAX_DOCUMENT_BYTES = 256 * 1024


class KeysUnavailable(Exception):
    """The issuer's keys could not be fetched (and none are cached)."""


class UnknownKey(Exception):
    """The token names a key the issuer does not publish, or one it may not use."""


async def fetch_json_object(http: httpx.AsyncClient, url: str) -> dict[str, Any]:
    """A JSON object of at most MAX_DOCUMENT_BYTES from `url` (ValueError if not)."""
    body = bytearray()
    async with http.stream("GET", url) as response:
        response.raise_for_status()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > MAX_DOCUMENT_BYTES:
                raise ValueError(f"{url} sent more than {MAX_DOCUMENT_BYTES} bytes")
    document = json.loads(body)
    if not isinstance(document, dict):
        raise ValueError(f"{url} did not send a JSON object")
    return document


class RemoteKeySet:
    def __init__(
        self,
        http: httpx.AsyncClient,
        jwks_url: Callable[[], Awaitable[str]],
        max_age: float = 600.0,
        min_refresh: float = 30.0,
        deadline: float = FETCH_DEADLINE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        self._jwks_url = jwks_url
        self._max_age = max_age
        self._min_refresh = min_refresh
        self._deadline = deadline
        self._clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = float("-inf")  # when the last fetch ended, failed or not
        self._error = "not fetched yet"
        self._fetching: asyncio.Task[None] | None = None

    async def signing_key(self, kid: str | None) -> jwt.PyJWK:
        age = self._clock() - self._fetched_at
        key = self._find(kid)
        if key is not None:
            if age > self._max_age:
                self._start_fetch()  # this request goes on with the key it has
            return key
        if self._fetching is None and age > self._min_refresh:
            self._start_fetch()
        if self._fetching is not None:  # join the fetch under way: one at a time
            # wait() neither raises the fetch's errors nor cancels it with this request.
            await asyncio.wait([self._fetching])
            key = self._find(kid)
        if key is not None:
            return key
        if not self._keys:
            raise KeysUnavailable(self._error)
        raise UnknownKey(f"no signing key {kid!r}")

    async def aclose(self) -> None:
        """Stop a fetch under way: shutting down never waits on the issuer."""
        if self._fetching is not None:
            self._fetching.cancel()

    def _find(self, kid: str | None) -> jwt.PyJWK | None:
        if kid is None and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        return self._keys.get(kid or "")

    def _start_fetch(self) -> None:
        if self._fetching is None:
            self._fetching = asyncio.create_task(self._fetch())

    async def _fetch(self) -> None:
        try:
            async with asyncio.timeout(self._deadline):
                document = await fetch_json_object(self._http, await self._jwks_url())
            key_set = jwt.PyJWKSet.from_dict(document)
        except Exception as error:  # whatever the issuer sent: keep the keys we have
            self._error = f"{type(error).__name__}: {error}"
        else:
            self._keys = {
                key.key_id or "": key
                for key in key_set.keys
                if key.algorithm_name in PUBLIC_KEY_ALGORITHMS
            }
            self._error = "the issuer publishes no RS256 or ES256 key"
        finally:
            self._fetched_at = self._clock()
            self._fetching = None


def key_id(token: str) -> str | None:
    """The `kid` in the token's header (read before the signature is checked, as
    it names the key to check it with)."""
    kid = jwt.get_unverified_header(token).get("kid")
    return kid if isinstance(kid, str) else None
