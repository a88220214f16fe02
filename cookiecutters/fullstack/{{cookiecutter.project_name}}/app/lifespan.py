{#- Generated from cookiecutters/_shared/project/app/lifespan.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""What the app opens when it starts and closes when it stops."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

{% filter sort_imports -%}
from app.core.config import Settings
{{- fragments("lifespan-imports") }}
{% endfilter %}

@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
{{- fragments("lifespan-open") }}
    yield
{{- fragments("lifespan-close") }}
