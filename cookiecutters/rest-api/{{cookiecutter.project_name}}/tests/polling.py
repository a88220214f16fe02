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
    """GET url until the status it reports is succeeded or failed: that answer.
    Asked again after 2 ms, then twice as long each time up to 0.1 s: work done in
    milliseconds is seen in milliseconds, and slow work is not asked about in a loop."""
    deadline = time.monotonic() + seconds
    pause = 0.002
    while time.monotonic() < deadline:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        if answer["status"] in ("succeeded", "failed"):
            return answer
        await asyncio.sleep(pause)
        pause = min(pause * 2, 0.1)
    raise AssertionError(f"{url} still {answer['status']} after {seconds} s")
