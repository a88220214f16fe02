{#- Generated from cookiecutters/_shared/project/app/api/health.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Probes for whatever runs the app (a container runtime, Kubernetes, a load balancer).

GET /health is liveness: 200 while the process serves requests. It does no I/O, so a
slow dependency never gets a healthy process restarted.
GET /health/ready is readiness: 200 when every dependency the app talks to answers
(none, when it has none), 503 naming the check that failed otherwise: send traffic
only while it is 200.
"""

from typing import Literal

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
{{- fragments("readiness-imports", heading="\n") }}

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
async def ready(request: Request, response: Response) -> Readiness:
    checks: dict[str, State] = {}
{{- fragments("readiness-checks") }}
    healthy = all(value == "ok" for value in checks.values())
    if not healthy:
        response.status_code = 503
    return Readiness(status=state(healthy), checks=checks)
