{#- Generated from cookiecutters/_shared/project/tests/polling.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Waiting for background work the way a client would: asking until it is done."""

import asyncio
import time
from typing import Any

from httpx import AsyncClient


async def wait_until_done(
    client: AsyncClient,
    url: str,
    headers: dict[str, str] | None = None,
    seconds: float = 60,
) -> Any:
    """GET url until the status it reports is succeeded or failed: that answer."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        if answer["status"] in ("succeeded", "failed"):
            return answer
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} still {answer['status']} after {seconds} s")
