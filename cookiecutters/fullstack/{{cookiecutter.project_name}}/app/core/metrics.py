{#- Generated from cookiecutters/_shared/project/app/core/metrics.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Prometheus metrics at GET /metrics: requests by route template and status, their
latency, the requests in progress, and the process's CPU, memory and file handles.

Routes are labelled by template (`/api/v1/items/{item_id}`), never by the raw path:
a path that matches no route counts as `<unmatched>`, so a scanner cannot create a
label per URL it tries. Each app has its own registry (tests build many apps).
/metrics is not in the OpenAPI document and needs no sign-in: let only your
scraper reach it (a network policy, or a proxy that does not route it).
With several worker processes each keeps its own numbers; see
prometheus_client's multiprocess mode to add them up.
"""

import time
from collections.abc import Iterable

import fastapi.routing
from fastapi import FastAPI, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)
{%- if c.__queue %}
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
{%- endif %}
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNMATCHED = "<unmatched>"


class HttpMetrics:
    """The request metrics, in a registry of their own with the process metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        self.requests = Counter(
            "http_requests",
            "Requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Time to answer, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.in_progress = Gauge(
            "http_requests_in_progress",
            "Requests being answered, by method.",
            ["method"],
            registry=self.registry,
        )


{%- if c.__queue %}


class QueueLength(Collector):
    """The tasks waiting for a worker, asked of the broker at each scrape, through
    the queue the app's lifespan opened (none before it has)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def collect(self) -> Iterable[Metric]:
        queue = getattr(self.app.state, "task_queue", None)
        waiting = queue.waiting() if queue is not None else None
        if waiting is not None:  # none while the broker is down: /health/ready says so
            yield GaugeMetricFamily(
                "task_queue_length",
                "Tasks in the queue no worker has taken yet.",
                waiting,
            )
{%- endif %}


def route_templates(routes: Iterable[object]) -> dict[int, str]:
    """Each route's full path template, by the route object the router matches.

    Recent FastAPI keeps an included router's routes as they are (their paths
    without the include's prefix) and lists them, prefixed, through
    iter_route_contexts; older versions copied them with the full path.
    """
    iter_route_contexts = getattr(fastapi.routing, "iter_route_contexts", None)
    if iter_route_contexts is None:
        return {id(route): getattr(route, "path", UNMATCHED) for route in routes}
    return {
        id(context.original_route): context.path_format
        for context in iter_route_contexts(routes)
        if context.path_format
    }


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics
        self.templates: dict[int, str] | None = None  # known once the app serves

    def route_of(self, scope: Scope) -> str:
        """The template of the route the router matched, or UNMATCHED."""
        if self.templates is None:
            self.templates = route_templates(scope["app"].routes)
        return self.templates.get(id(scope.get("route")), UNMATCHED)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        status = 500  # what the server answers if the app fails before it starts to

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        in_progress = self.metrics.in_progress.labels(method)
        in_progress.inc()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            in_progress.dec()
            # The router put the matched route in the scope (shared down the stack).
            labels = (method, self.route_of(scope), str(status))
            self.metrics.requests.labels(*labels).inc()
            self.metrics.latency.labels(*labels).observe(time.perf_counter() - started)


def install_metrics(app: FastAPI) -> None:
    """Count every request, and serve the numbers at GET /metrics."""
    metrics = HttpMetrics()
{%- if c.__queue %}
    metrics.registry.register(QueueLength(app))
{%- endif %}
    app.add_middleware(MetricsMiddleware, metrics=metrics)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        # Off the event loop: a collector may ask another server.
        text = await run_in_threadpool(generate_latest, metrics.registry)
        return Response(text, media_type=CONTENT_TYPE_LATEST)
