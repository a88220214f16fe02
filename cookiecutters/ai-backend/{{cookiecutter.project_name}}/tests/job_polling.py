"""Waiting for a job to finish, as a client would: asking until it says so."""

import asyncio
from typing import Any

from httpx import AsyncClient

JOBS = "/api/v1/jobs"


async def wait_for_job(client: AsyncClient, job_id: str, seconds: float = 60) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        response = await client.get(f"{JOBS}/{job_id}")
        assert response.status_code == 200, response.text
        job = response.json()
        if job["status"] in ("succeeded", "failed"):
            return job
        await asyncio.sleep(0.05)
    raise AssertionError(f"job {job_id} still not done after {seconds} s")
