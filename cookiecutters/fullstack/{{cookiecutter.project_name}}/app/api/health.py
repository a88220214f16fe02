{#- Generated from cookiecutters/_shared/project/app/api/health.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Probes for whatever runs the app (a container runtime, Kubernetes, a load balancer).

GET /health is liveness: 200 while the process serves requests. It does no I/O, so a
slow dependency never gets a healthy process restarted.
GET /health/ready is readiness: 200 when every dependency the app talks to answers
(none, when it has none), 503 naming the check that failed otherwise: send traffic
only while it is 200.
"""

from typing import Literal

from fastapi import FastAPI, Request, Response
from pydantic import BaseModel
{{- fragments("readiness-imports", heading="\n") }}

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


async def live() -> Response:
    return Response(_ALIVE, media_type="application/json")


async def ready(request: Request, response: Response) -> Readiness:
    checks: dict[str, State] = {}
{{- fragments("readiness-checks") }}
    healthy = all(value == "ok" for value in checks.values())
    if not healthy:
        response.status_code = 503
    return Readiness(status=state(healthy), checks=checks)


def add_probes(app: FastAPI) -> None:
    """Put the probes on the app itself: behind an included router each request
    would pay a second route match, about a sixth of a bare /health's cost."""
    app.add_api_route("/health", live, response_model=Liveness, tags=["health"])
    app.add_api_route(
        "/health/ready", ready, responses={503: {"model": Readiness}}, tags=["health"]
    )
