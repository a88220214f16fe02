"""A generated project's Kubernetes manifests, as a cluster would get them: each
kustomization rendered by kustomize (`kubectl kustomize`) and every resource validated
against Kubernetes' own schemas, oldest and newest version fastkit supports; the
monitoring's queries checked by Prometheus's own promtool."""

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import yaml

from support import unavailable

OVERLAYS = ("overlays/development", "overlays/production")
MONITORING = "monitoring"  # with metrics on: the Prometheus Operator's resources
KUBERNETES_VERSIONS = ("1.30.0", "1.37.0")
# Custom resources: no schema of Kubernetes' own (promtool checks the rules' queries).
CUSTOM_API_VERSIONS = {"monitoring.coreos.com/v1"}


def rendered(project: Path, kustomization: str) -> list[dict[str, Any]]:
    """deploy/k8s/<kustomization> as kustomize renders it. kubectl 1.21 or later renders
    the overlays' `patches`; Debian's kubernetes-client (1.20) is too old."""
    kubectl = require_tool("kubectl", "kubectl 1.21 or later (not Debian's, 1.20)")
    folder = project / "deploy" / "k8s" / kustomization
    done = subprocess.run(
        [kubectl, "kustomize", str(folder)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return [document for document in yaml.safe_load_all(done.stdout) if document]


def invalid_resources(documents: list[dict[str, Any]]) -> list[str]:
    """What the schemas refuse, as `kind/name (version): reason` lines."""
    problems = []
    for document in documents:
        if document["apiVersion"] in CUSTOM_API_VERSIONS:
            continue
        for version in KUBERNETES_VERSIONS:
            try:
                kubernetes_validate.validate(document, version, strict=True)
            except kubernetes_validate.ValidationError as error:
                name = f"{document['kind']}/{document['metadata']['name']}"
                problems.append(f"{name} ({version}): {error.message}")
    return problems


def egress_ports(documents: list[dict[str, Any]], policy: str) -> set[int]:
    """The ports a NetworkPolicy lets its pods reach (none when it is not there)."""
    for document in documents:
        if document["kind"] == "NetworkPolicy" and document["metadata"]["name"] == policy:
            return {p["port"] for rule in document["spec"]["egress"] for p in rule["ports"]}
    return set()


def require_tool(name: str, where: str) -> str:
    """A program the checks run: skip without it, fail instead under CI's rule."""
    found = shutil.which(name)
    if found:
        return found
    unavailable(f"{name} is not installed ({where} has it)")


def promtool_check(project: Path, folder: Path) -> str:
    """`promtool check rules` on the PrometheusRule's groups and, as recording rules,
    the Grafana dashboard's queries: its output, or an AssertionError with it."""
    promtool = require_tool("promtool", "Debian's prometheus package")
    monitoring = project / "deploy" / "k8s" / "monitoring"
    alerts = yaml.safe_load((monitoring / "alerts.yaml").read_text(encoding="utf-8"))
    dashboard = json.loads((monitoring / "dashboard.json").read_text(encoding="utf-8"))
    panels = [
        {"record": f"dashboard:panel{panel['id']}:{target['refId']}", "expr": target["expr"]}
        for panel in dashboard["panels"]
        for target in panel["targets"]
    ]
    rules = folder / "rules.yaml"
    groups = [*alerts["spec"]["groups"], {"name": "dashboard", "rules": panels}]
    rules.write_text(yaml.safe_dump({"groups": groups}), encoding="utf-8")
    done = subprocess.run(
        [promtool, "check", "rules", str(rules)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
