{#- Generated from cookiecutters/_shared/project/app/api/health.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- set checks = [] -%}
{%- if c.__database %}{% set _ = checks.append('database') %}{% endif -%}
{%- if c.__cache %}{% set _ = checks.append('cache') %}{% endif -%}
"""Probes for whatever runs the app (a container runtime, Kubernetes, a load balancer).

GET /health is liveness: 200 while the process serves requests. It does no I/O, so a
slow dependency never gets a healthy process restarted.
GET /health/ready is readiness: 200 when {% if checks %}the {{ checks | join(' and the ') }} answer{% else %}the app has started (it has no dependencies to check){% endif %},
503 naming the check that failed otherwise: send traffic only while it is 200.
"""

from typing import Literal

from fastapi import APIRouter, {% if checks %}Request, {% endif %}Response
from pydantic import BaseModel
{%- if c.__sql %}

from app.db.session import ping_database
{%- elif c.__mongo %}

from app.db.mongo import ping_database
{%- endif %}

router = APIRouter(prefix="/health", tags=["health"])
State = Literal["ok", "unavailable"]


class Liveness(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: State
    checks: dict[str, State]


def state(ok: bool) -> State:
    return "ok" if ok else "unavailable"


# Built once: liveness is probed often and must cost next to nothing.
_ALIVE = Liveness().model_dump_json().encode()


@router.get("", response_model=Liveness)
async def live() -> Response:
    return Response(_ALIVE, media_type="application/json")


@router.get("/ready", responses={503: {"model": Readiness}})
{%- if checks %}
async def ready(request: Request, response: Response) -> Readiness:
{%- else %}
async def ready(response: Response) -> Readiness:
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
    return Readiness(status=state(healthy), checks=checks)
