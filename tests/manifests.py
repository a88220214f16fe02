"""A generated project's Kubernetes manifests, as a cluster would get them: each
overlay rendered by kustomize (`kubectl kustomize`) and every resource validated
against Kubernetes' own schemas, oldest and newest version fastkit supports."""

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

OVERLAYS = ("development", "production")
KUBERNETES_VERSIONS = ("1.30.0", "1.37.0")


def require_kustomize() -> str:
    """kubectl, whose `kustomize` renders the overlays: skip without it, as without a
    service, and fail instead under CI's rule (Debian's kubernetes-client, 1.20, is
    too old for the overlays' `patches`; kubectl 1.21 and later render them)."""
    kubectl = shutil.which("kubectl")
    if kubectl:
        return kubectl
    message = "kubectl (1.21 or later, for `kubectl kustomize`) is not installed"
    if os.environ.get("FASTKIT_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{message} and FASTKIT_REQUIRE_SERVICES=1")
    pytest.skip(message)


def rendered(project: Path, overlay: str) -> list[dict[str, Any]]:
    kubectl = require_kustomize()
    folder = project / "deploy" / "k8s" / "overlays" / overlay
    done = subprocess.run(
        [kubectl, "kustomize", str(folder)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return [document for document in yaml.safe_load_all(done.stdout) if document]


def invalid_resources(documents: list[dict[str, Any]]) -> list[str]:
    """What the schemas refuse, as `kind/name (version): reason` lines."""
    problems = []
    for document in documents:
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
