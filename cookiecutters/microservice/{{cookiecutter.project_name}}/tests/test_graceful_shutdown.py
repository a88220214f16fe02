{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_graceful_shutdown.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""On SIGTERM the server stops taking connections, lets the requests in flight
finish, runs the app's shutdown (closing its connections) and exits 0: what a
rolling deploy needs. The app runs in a real uvicorn process, as in production."""

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from app.core.config import Settings
from tests.store import create_test_app

PROJECT = Path(__file__).resolve().parent.parent
SETTINGS_VARIABLE = "GRACEFUL_TEST_SETTINGS"
STARTED_VARIABLE = "GRACEFUL_TEST_STARTED"
SERVE = [sys.executable, "-m", "uvicorn", "--factory"]
APP_FACTORY = "tests.test_graceful_shutdown:slow_app"


def slow_app() -> FastAPI:
    """The app, built from the test's settings, with a route that takes half a second:
    the test sends SIGTERM within about 0.05 s of the request's start (it looks that
    often), well before the answer."""
    settings = Settings.model_validate_json(os.environ[SETTINGS_VARIABLE])
    app = create_test_app(settings)

    @app.get("/slow")
    async def slow() -> dict[str, bool]:
        # The request is in flight: the test may send SIGTERM now.
        await asyncio.to_thread(Path(os.environ[STARTED_VARIABLE]).touch)
        await asyncio.sleep(0.5)
        return {"finished": True}

    return app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_a_request_in_flight_finishes_on_sigterm(
    settings: Settings, tmp_path: Path
) -> None:
    port, started = free_port(), tmp_path / "started"
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        SETTINGS_VARIABLE: settings.model_dump_json(),
        STARTED_VARIABLE: str(started),
    }
    server = subprocess.Popen(
        [*SERVE, APP_FACTORY, "--host", "127.0.0.1", "--port", str(port)],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    result: dict[str, httpx.Response] = {}
    try:
        wait_for(lambda: answers(f"{base}/health") or server.poll() is not None, 30)
        assert server.poll() is None, server.communicate()[0]
        request = threading.Thread(
            target=lambda: result.update(slow=httpx.get(f"{base}/slow", timeout=10))
        )
        request.start()
        wait_for(started.exists, 10)

        server.send_signal(signal.SIGTERM)
        request.join(10)
        exit_code = server.wait(10)
    finally:
        if server.poll() is None:
            server.kill()
    output = server.communicate()[0]

    assert result["slow"].json() == {"finished": True}, output
    assert "Application shutdown complete" in output  # connections closed
    # uvicorn exits with the signal it handled, once it has shut down cleanly.
    assert exit_code in (0, -signal.SIGTERM), output
    assert not answers(f"{base}/health")  # and it takes no new requests
