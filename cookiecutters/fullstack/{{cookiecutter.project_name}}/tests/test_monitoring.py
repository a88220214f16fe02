{#- Generated from cookiecutters/_shared/choices/deploy/k8s/project/tests/test_monitoring.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""deploy/k8s/monitoring, checked against the app itself: every query of the alerts,
of the Grafana dashboard and of prometheus-adapter's rule parses as PromQL, and every
metric they read is one the app serves at /metrics, or one the cluster provides
(kube-state-metrics', and `up`, Prometheus's own)."""

import json
import sys
from pathlib import Path
from typing import Any

import promql_parser
import yaml
from httpx import AsyncClient

MONITORING = Path(__file__).resolve().parent.parent / "deploy" / "k8s" / "monitoring"
AUTOSCALING = MONITORING / "requests-autoscaling"  # prometheus-adapter's rule
FROM_THE_CLUSTER = {
    "up",
    "kube_pod_status_ready",
    "kube_pod_container_status_restarts_total",
}


def read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def queries() -> list[str]:
    alerts = read(MONITORING / "alerts.yaml")
    dashboard = read(MONITORING / "dashboard.json")
    adapter = read(AUTOSCALING / "adapter-rules.yaml")
    rules = [rule for group in alerts["spec"]["groups"] for rule in group["rules"]]
    targets = [target for panel in dashboard["panels"] for target in panel["targets"]]
    series = [rule["seriesQuery"] for rule in adapter["rules"]["custom"]]
    return [rule["expr"] for rule in rules] + [t["expr"] for t in targets] + series


def metrics_read(query: str) -> set[str]:
    names: set[str] = set()

    def visit(node: promql_parser.Expr) -> None:
        if isinstance(node, promql_parser.VectorSelector) and node.name:
            names.add(node.name)

    promql_parser.walk(promql_parser.parse(query), visit)
    return names


async def test_every_query_reads_metrics_the_app_serves(client: AsyncClient) -> None:
    await client.get("/health")  # a request: the request metrics then have samples
    served = {
        line.split("{")[0].split(" ")[0]
        for line in (await client.get("/metrics")).text.splitlines()
        if line and not line.startswith("#")
    }
    read = set().union(*(metrics_read(query) for query in queries()))
    if sys.platform != "linux":  # the process metrics come from /proc, as the pods'
        read = {name for name in read if not name.startswith("process_")}

    assert read - FROM_THE_CLUSTER <= served
    assert {"http_requests_total", "http_request_duration_seconds_bucket"} <= read
