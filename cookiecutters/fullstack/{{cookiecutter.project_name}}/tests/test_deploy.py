{#- Generated from cookiecutters/_shared/choices/deploy/k8s/project/tests/test_deploy.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The Kubernetes manifests (deploy/k8s), checked without a cluster: the settings they
give the app are ones it reads, their probes ask the endpoints it serves, the image
runs as their user, and their network policies deny by default and let each workload
out to exactly the services its settings name.

fastkit rendered both overlays with kustomize and validated them against Kubernetes'
schema; the README says how to do it again.
"""

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic_core import PydanticUndefined

from app.core.config import Settings
from app.main import create_app

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "deploy" / "k8s" / "base"
SETTINGS_FILES = [BASE / "config.env", ROOT / "deploy" / "k8s" / "secrets.env.example"]
# The port a URL's scheme means when it names none.
DEFAULT_PORTS = {
    "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672,
    "https": 443,
}  # fmt: skip
API_PORT = 8000
SETTING = re.compile(r"^(?:# )?([A-Z][A-Z0-9_]*)=(.*)$")


def resources() -> list[dict[str, Any]]:
    """Every resource of the base, as kustomize reads them."""
    found = []
    for path in sorted(BASE.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            text = path.read_text(encoding="utf-8")
            found += [document for document in yaml.safe_load_all(text) if document]
    return found


def settings_given(with_commented: bool = False) -> dict[str, str]:
    """What the ConfigMap's and the Secret's files set (and, if asked, what their
    comments show as a setting to turn on)."""
    given = {}
    for path in SETTINGS_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            match = SETTING.match(line)
            if match and (with_commented or not line.startswith("#")):
                given[match[1]] = match[2]
    return given


def pod_specs() -> list[dict[str, Any]]:
    found = []
    for resource in resources():
        spec = resource.get("spec", {})
        job = spec.get("jobTemplate", {}).get("spec", {})  # a CronJob's
        template = spec.get("template") or job.get("template")
        if template:
            found.append(template["spec"])
    return found


def egress_ports(policy: dict[str, Any]) -> set[int]:
    return {port["port"] for rule in policy["spec"]["egress"] for port in rule["ports"]}


def test_every_setting_the_cluster_gives_is_one_the_app_reads() -> None:
    fields = Settings.model_fields
    given = settings_given()

    assert set(given) <= {name.upper() for name in fields}
    required = {
        name.upper()
        for name, field in fields.items()
        if field.default is PydanticUndefined and field.default_factory is None
    }
    assert required <= set(given)
    assert given["ENVIRONMENT"] == "production"


def test_the_probes_ask_the_endpoints_the_app_serves(settings: Settings) -> None:
    served = {getattr(route, "path", "") for route in create_app(settings).routes}
    (api,) = [spec for spec in pod_specs() if spec["containers"][0]["name"] == "api"]
    container = api["containers"][0]

    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert container["readinessProbe"]["httpGet"]["path"] == "/health/ready"
    assert {"/health", "/health/ready"} <= served
    assert container["ports"] == [{"name": "http", "containerPort": API_PORT}]


def test_every_pod_runs_as_the_images_user_with_no_privileges() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    image_user = int(re.findall(r"^USER (\d+)$", dockerfile, re.MULTILINE)[-1])

    for spec in pod_specs():
        assert spec["securityContext"]["runAsNonRoot"] is True
        assert spec["securityContext"]["runAsUser"] == image_user
        assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        for container in spec.get("initContainers", []) + spec["containers"]:
            assert container["securityContext"] == {
                "allowPrivilegeEscalation": False,
                "readOnlyRootFilesystem": True,
                "capabilities": {"drop": ["ALL"]},
            }
            assert {"requests", "limits"} <= set(container["resources"])


def test_network_policies_deny_all_but_what_the_settings_name() -> None:
    policies = {
        r["metadata"]["name"]: r for r in resources() if r["kind"] == "NetworkPolicy"
    }
    called = {
        urlsplit(url).port or DEFAULT_PORTS[urlsplit(url).scheme.partition("+")[0]]
        for url in settings_given(with_commented=True).values()
        if "://" in url and not url.startswith("http://")  # http://: its own address
    }

    deny = policies.pop("default-deny")["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    assert egress_ports(policies.pop("dns")) == {53}
    ingress = policies.pop("api-ingress")["spec"]["ingress"]
    assert [port["port"] for rule in ingress for port in rule["ports"]] == [API_PORT]
    app_egress = policies.pop("app-egress", None)
    assert (egress_ports(app_egress) if app_egress else set()) == called
    backup_egress = policies.pop("backup-egress", None)  # on a database server
    if backup_egress:
        database = urlsplit(settings_given()["DATABASE_URL"])
        assert egress_ports(backup_egress) == {database.port}
    assert not policies, f"policies this test does not know: {sorted(policies)}"
