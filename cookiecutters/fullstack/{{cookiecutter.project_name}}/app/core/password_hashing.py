{#- Generated from cookiecutters/_shared/parts/accounts/project/app/core/password_hashing.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Password hashing: argon2id, at the cost the settings give."""

import secrets
from functools import cache

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings


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
