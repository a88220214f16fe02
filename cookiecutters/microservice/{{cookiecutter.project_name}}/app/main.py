{#- Generated from cookiecutters/_shared/project/app/main.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The application factory: servers run the app app/asgi.py builds with it."""
{%- if c.__lifespan %}

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
{%- endif %}
{%- if c.__mongo %}
from typing import Any
{%- endif %}

from fastapi import FastAPI
{%- if c.__mongo %}
from motor.motor_asyncio import AsyncIOMotorClient
{%- endif %}

from app.api.health import router as health_router
from app.api.registry import api_router
from app.core.body_limit import BodySizeLimitMiddleware
{%- if c.__cache %}
from app.core.cache import create_cache
{%- endif %}
from app.core.config import PROJECT_DESCRIPTION, Settings, get_settings
from app.core.errors import install_error_handlers
from app.core.logging import configure_logging
{%- if c.__metrics %}
from app.core.metrics import install_metrics
{%- endif %}
{%- if c.__passwords %}
from app.core.rate_limit import create_rate_limiter
{%- endif %}
from app.core.request_id import RequestIdMiddleware
from app.core.security_headers import SecurityHeadersMiddleware
{{- fragments("app-imports", optional=True) }}
{%- if c.__sql %}
from app.db.session import create_engine, create_sessionmaker
{%- elif c.__mongo %}
from app.db.mongo import connect, open_client
{%- elif c.__memory %}
from app.domains.items.repository import ItemStore
{%- endif %}
{%- if c.__queue %}
from app.worker.queue import TaskQueue
{%- endif %}
{%- if c.__lifespan %}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open connections when the app starts; close them when it stops."""
    settings: Settings = app.state.settings
{{- fragments("lifespan-open") }}
    yield
{{- fragments("lifespan-close") }}
{%- endif %}


def create_app(
    settings: Settings | None = None,
{%- if c.__mongo %}
    *,
    mongo_client: "AsyncIOMotorClient[dict[str, Any]] | None" = None,
{%- endif %}
) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)
    docs = settings.docs_enabled
    app = FastAPI(
        title=settings.project_name,
        description=PROJECT_DESCRIPTION,
        version="0.1.0",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
{%- if c.__lifespan %}
        lifespan=lifespan,
{%- endif %}
    )
    app.state.settings = settings
{%- if c.__mongo %}
    app.state.mongo_client = mongo_client
{%- elif c.__memory %}
    app.state.item_store = ItemStore()
{%- endif %}
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestIdMiddleware)
    install_error_handlers(app)
    app.include_router(health_router)
    app.include_router(api_router)
{{- fragments("app-setup") }}
    return app
