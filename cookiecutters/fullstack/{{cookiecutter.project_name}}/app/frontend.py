"""How browsers reach the app: the built frontend (frontend/dist) served by this
process, and CORS for the origins allowed to call the API from another address."""

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.core.config import Settings

logger = logging.getLogger(__name__)


def serve_frontend(app: FastAPI, settings: Settings) -> None:
    """Serve the pages `npm run build` wrote, after every API route: a path no route
    matches is a file of the build, else a page of the frontend's router (index.html)
    for a browser's navigation, else a 404 in the API's error shape."""
    dist = Path(settings.frontend_dist)
    if not (dist / "index.html").is_file():
        # Development serves the pages from Vite (npm run dev) and the API from here.
        logger.info("no frontend build in %s: serving the API only", dist)
        return
    app.frontend("/", directory=dist, fallback="index.html", check_dir=True)


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
