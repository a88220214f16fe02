"""The app loads its model in the background after start-up: tests wait for it."""

import asyncio

from httpx import AsyncClient


async def wait_for_model(client: AsyncClient, seconds: float = 60) -> None:
    """Until readiness says the model is loaded (its other checks aside)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        checks = (await client.get("/health/ready")).json()["checks"]
        if checks["model"] == "ok":
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the model did not load within {seconds} s")
