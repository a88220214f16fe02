"""Time one app's GET requests called in-process, one at a time: the app's ASGI
callable driven directly (no server, no load generator, no concurrency), best of 5
rounds of 1,000 after 300 to warm up. Run with the measured project's Python:

    python bench/inprocess.py app|orm-floor PATH      # prints milliseconds per request

`app` is the project in the current folder (app.asgi, as servers import it);
`orm-floor` is bench/apps/crud_orm.py. DATABASE_URL names the database for both.
"""

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

ROUNDS, CALLS, WARMUP = 5, 1000, 300


def load_app(which: str) -> Any:
    if which == "app":
        sys.path.insert(0, os.getcwd())
        from app.asgi import app  # as servers import it

        return app
    sys.path.insert(0, str(Path(__file__).parent / "apps"))
    os.environ["DATABASE_URL"] = os.environ["DATABASE_URL"].replace(
        "postgresql://", "postgresql+asyncpg://"
    )
    import crud_orm

    return crud_orm.app


async def best_ms(app: Any, path: str) -> float:
    route, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": route,
        "raw_path": route.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench")],
        "client": ("127.0.0.1", 1),
        "server": ("bench", 80),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def call() -> None:
        statuses = []

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        await app(dict(scope), receive, send)
        if statuses != [200]:
            raise SystemExit(f"{path} answered {statuses}")

    async with app.router.lifespan_context(app):
        for _ in range(WARMUP):
            await call()
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for _ in range(CALLS):
                await call()
            best = min(best, time.perf_counter() - started)
    return best / CALLS * 1000


def main() -> None:
    which, path = sys.argv[1], sys.argv[2]
    print(asyncio.run(best_ms(load_app(which), path)))


if __name__ == "__main__":
    main()
