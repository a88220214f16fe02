{#- Generated from cookiecutters/_shared/project/tests/test_readiness_without_database.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""With the database down the app stays alive (no restart would help) but is not ready."""

import asyncio
import threading
from pathlib import Path

from httpx import ASGITransport, AsyncClient

from app.core.config import Settings
from app.main import create_app
from tests.database_url import unreachable_database_url


async def test_with_the_database_down_the_app_is_alive_but_not_ready(
    settings: Settings, tmp_path: Path
) -> None:
    down = unreachable_database_url(settings.database_url, tmp_path)
    app = create_app(settings.model_copy(update={"database_url": down}))
    # The engine connects lazily: the app starts, and only readiness notices. Not
    # make_client: it empties the tables afterwards, through this unreachable database.
    threads = set(threading.enumerate())
    async with (
        app.router.lifespan_context(app),
        AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client,
    ):
        live = await client.get("/health")
        ready = await client.get("/health/ready")
    # A driver may stop the thread of a connection that failed to open without waiting
    # for it (aiosqlite does: omnilib/aiosqlite#241): wait for the threads the app
    # started, or such a thread's answer can reach this test's event loop after pytest
    # closed it, a thread warning in a later test. The loop's pool of threads (work
    # the app handed off, an ai model's loading) is shut down first: it would idle on.
    await asyncio.get_running_loop().shutdown_default_executor()
    for thread in set(threading.enumerate()) - threads:
        thread.join(timeout=5)

    assert live.status_code == 200
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"] == "unavailable"
