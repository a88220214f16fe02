{#- Generated from cookiecutters/_shared/project/app/main.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The application factory: servers run the app app/asgi.py builds with it."""

from fastapi import FastAPI

{% filter sort_imports -%}
from app.api.health import add_probes
from app.api.registry import api_router
from app.core.config import PROJECT_DESCRIPTION, Settings, get_settings
from app.core.errors import install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import RequestMiddleware
{{- fragments("app-imports") }}
{% endfilter %}

def create_app(settings: Settings | None = None) -> FastAPI:
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
    app.add_middleware(
        RequestMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_header_bytes=settings.max_header_bytes,
    )
    install_error_handlers(app)
    add_probes(app)
    app.include_router(api_router)
{{- fragments("app-setup") }}
    return app
