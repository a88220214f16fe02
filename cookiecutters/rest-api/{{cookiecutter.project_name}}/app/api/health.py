{%- set c = cookiecutter -%}
{%- set checks = [] -%}
{%- if c.__database %}{% set _ = checks.append('database') %}{% endif -%}
{%- if c.__cache %}{% set _ = checks.append('cache') %}{% endif -%}
"""GET /health: 200 when the app{% for name in checks %}{{ ' and its ' if loop.first else ' and ' }}{{ name }}{% endfor %} answer{{ '' if checks else 's' }}, 503 otherwise."""

from typing import Literal

from fastapi import APIRouter, {% if checks %}Request, {% endif %}Response
from pydantic import BaseModel
{%- if c.__sql %}

from app.db.session import ping_database
{%- elif c.__mongo %}

from app.db.mongo import ping_database
{%- endif %}

router = APIRouter(tags=["health"])
State = Literal["ok", "unavailable"]


class HealthReport(BaseModel):
    status: State
    checks: dict[str, State]


def state(ok: bool) -> State:
    return "ok" if ok else "unavailable"


@router.get("/health", responses={503: {"model": HealthReport}})
{%- if checks %}
async def health(request: Request, response: Response) -> HealthReport:
{%- else %}
async def health(response: Response) -> HealthReport:
{%- endif %}
    checks: dict[str, State] = {}
{%- if c.__sql %}
    checks["database"] = state(await ping_database(request.app.state.engine))
{%- elif c.__mongo %}
    checks["database"] = state(await ping_database(request.app.state.mongo_client))
{%- endif %}
{%- if c.__cache %}
    checks["cache"] = state(await request.app.state.cache.ping())
{%- endif %}
    healthy = all(value == "ok" for value in checks.values())
    if not healthy:
        response.status_code = 503
    return HealthReport(status=state(healthy), checks=checks)
