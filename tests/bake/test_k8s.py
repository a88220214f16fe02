"""deploy=k8s with every type and every value of every other question it allows:
both overlays render with kustomize and validate against Kubernetes' schemas, each
workload is there exactly when the answers call for it, the network policies let the
app out to exactly the services the answers name (worked out here from the answers,
not from the template), and with metrics the monitoring renders and its queries pass
promtool."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from fastkit.app import cli
from fastkit.generators.project_generator import generate_project
from manifests import (
    MONITORING,
    OVERLAYS,
    egress_ports,
    invalid_resources,
    promtool_check,
    rendered,
)
from support import TEMPLATES, combinations, combo_id, needed_services, options

pytestmark = pytest.mark.bake

PORTS = {"postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "rabbitmq": 5672}
HTTPS = 443
SQL_SERVERS = ("postgres", "mysql")
REQUESTS_AUTOSCALING = """\
resources: [../production]
components: [../../monitoring/requests-autoscaling]
"""


def k8s_combinations(project_type: str) -> list[dict[str, str]]:
    """Supported combinations with deploy=k8s that meet every value every other
    question allows with it at least once: a greedy set cover."""
    candidates = [c for c in combinations(TEMPLATES[project_type]) if c["deploy"] == "k8s"]
    needed = {(key, value) for combo in candidates for key, value in combo.items()}
    chosen = []
    while needed:
        best = max(candidates, key=lambda combo: len(set(combo.items()) & needed))
        chosen.append(best)
        needed -= set(best.items())
    return chosen


CASES = [(t, combo) for t in TEMPLATES for combo in k8s_combinations(t)]


def calls_https(project_type: str, combo: dict[str, str]) -> bool:
    """A sign-in provider (rest-api's oauth2), an issuer's keys (the token-verifying
    types' jwt, by JWT_JWKS_URL, and oauth2) or a hosted model."""
    if project_type in ("rest-api", "fullstack"):  # they sign users in themselves
        return combo["auth"] == "oauth2"
    return combo["auth"] in ("jwt", "oauth2") or combo.get("model") == "llm"


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}-{combo_id(case[1])}")
def test_the_manifests_validate_and_let_out_only_what_the_answers_need(
    tmp_path: Path, case: tuple[str, dict[str, str]]
) -> None:
    project_type, combo = case
    project = generate_project(options(project_type, "shop", **combo), tmp_path)
    db = combo["db"]

    for overlay in OVERLAYS:
        documents = rendered(project, overlay)
        assert invalid_resources(documents) == []
        workloads = {(d["kind"], d["metadata"]["name"]) for d in documents}
        assert ("Deployment", "api") in workloads
        assert (("Deployment", "worker") in workloads) == (combo["queue"] != "none")
        assert (("Job", "migrate") in workloads) == (db in SQL_SERVERS)
        assert (("CronJob", "backup") in workloads) == (db in SQL_SERVERS)

        called = {PORTS[service] for service in needed_services(combo)}
        called |= {HTTPS} if calls_https(project_type, combo) else set()
        assert egress_ports(documents, "app-egress") == called
        backup = {PORTS[db]} if db in SQL_SERVERS else set()
        assert egress_ports(documents, "backup-egress") == backup

    metrics = combo.get("metrics", "yes") == "yes"  # microservice: always
    assert (project / "deploy/k8s" / MONITORING).is_dir() == metrics
    if metrics:
        monitoring = rendered(project, MONITORING)
        assert invalid_resources(monitoring) == []
        kinds = sorted(document["kind"] for document in monitoring)
        assert kinds == ["ConfigMap", "PrometheusRule", "ServiceMonitor"]
        assert "SUCCESS" in promtool_check(project, tmp_path)
        # The requests-per-second autoscaling, as an overlay turns it on.
        overlay = project / "deploy/k8s/overlays/requests"
        overlay.mkdir()
        (overlay / "kustomization.yaml").write_text(REQUESTS_AUTOSCALING, encoding="utf-8")
        documents = rendered(project, "overlays/requests")
        assert invalid_resources(documents) == []
        (autoscaler,) = [d for d in documents if d["kind"] == "HorizontalPodAutoscaler"]
        scaled_on = [metric["type"] for metric in autoscaler["spec"]["metrics"]]
        assert scaled_on == ["Resource", "Pods"]


def test_the_issues_command_works_verbatim(tmp_path: Path) -> None:
    """The deployment issue's own command, through the CLI, then its production
    overlay as `kubectl apply -k` would send it."""
    command = (
        "create-project shop --type=rest-api --db=postgres --cache=redis --queue=celery"
        " --metrics --deploy=k8s"
    )
    done = CliRunner().invoke(cli, [*command.split(), "-o", str(tmp_path)])

    assert done.exit_code == 0, done.output
    documents = rendered(tmp_path / "shop", "overlays/production")
    assert invalid_resources(documents) == []
    kinds = {document["kind"] for document in documents}
    assert {"Deployment", "Job", "CronJob", "HorizontalPodAutoscaler"} <= kinds
