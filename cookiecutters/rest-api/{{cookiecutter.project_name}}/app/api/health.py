{%- set c = cookiecutter -%}
"""GET /health: 200 when the app and its database answer, 503 otherwise."""

from typing import Literal

from fastapi import APIRouter, {% if c.__database %}Request, {% endif %}Response
from pydantic import BaseModel
{%- if c.__sql %}

from app.db.session import ping_database
{%- elif c.__mongo %}

from app.db.mongo import ping_database
{%- endif %}

router = APIRouter(tags=["health"])


class HealthReport(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, Literal["ok", "unavailable"]]


@router.get("/health")
{%- if c.__database %}
async def health(request: Request, response: Response) -> HealthReport:
{%- else %}
async def health(response: Response) -> HealthReport:
{%- endif %}
{%- if c.__sql %}
    database_ok = await ping_database(request.app.state.engine)
    checks: dict[str, Literal["ok", "unavailable"]] = {
        "database": "ok" if database_ok else "unavailable"
    }
{%- elif c.__mongo %}
    database_ok = await ping_database(request.app.state.mongo_client)
    checks: dict[str, Literal["ok", "unavailable"]] = {
        "database": "ok" if database_ok else "unavailable"
    }
{%- else %}
    checks: dict[str, Literal["ok", "unavailable"]] = {}
{%- endif %}
    healthy = all(state == "ok" for state in checks.values())
    if not healthy:
        response.status_code = 503
    return HealthReport(status="ok" if healthy else "unavailable", checks=checks)
