"""How browsers reach the app: the built frontend (frontend/dist) served by this
process, and CORS for the origins allowed to call the API from another address."""

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings

logger = logging.getLogger(__name__)
# Where Vite puts what it names after its content (index-3f2a1c.js): a new build
# brings new names, so browsers may keep these for a year. index.html, which names
# them, stays no-store like every other answer, so a deploy reaches users at once.
ASSETS = "/assets/"
IMMUTABLE = (b"cache-control", b"public, max-age=31536000, immutable")


def serve_frontend(app: FastAPI, settings: Settings) -> None:
    """Serve the pages `npm run build` wrote, after every API route: a path no route
    matches is a file of the build, else a page of the frontend's router (index.html)
    for a browser's navigation, else a 404 in the API's error shape."""
    dist = Path(settings.frontend_dist)
    if not settings.frontend_dist or not (dist / "index.html").is_file():
        # Development serves the pages from Vite (npm run dev) and the API from here.
        shown = settings.frontend_dist
        logger.info("no frontend build in %r: serving the API only", shown)
        return
    app.frontend("/", directory=dist, fallback="index.html", check_dir=True)
    app.add_middleware(CacheBuiltAssets)


class CacheBuiltAssets:
    """Outside the request middleware: it replaces the no-store that one adds."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(ASSETS):
            await self.app(scope, receive, send)
            return

        async def send_cacheable(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = message.get("headers", [])
                kept = [item for item in headers if item[0].lower() != IMMUTABLE[0]]
                message["headers"] = [*kept, IMMUTABLE]
            await send(message)

        await self.app(scope, receive, send_cacheable)


def allow_cross_origin(app: FastAPI, settings: Settings) -> None:
    """Let the listed origins call the API from a browser, cookies included. The
    frontend needs none of it: Vite passes /api on to this app in development, and
    this app serves the pages in production, so both share one origin."""
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
        )
