{#- Generated from cookiecutters/_shared/project/tests/test_docker.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The container files, checked offline: hadolint for the Dockerfile, the
compose-spec schema for compose.yaml, and the services and settings the app needs.
"""

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from app.core.config import Settings

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent
# The compose services each setting of the app points at.
{%- if c.__servers %}
SERVICE_OF_SETTING: dict[str, str] = {
{{- fragments("docker-setting-services") }}
}
{%- else %}
SERVICE_OF_SETTING: dict[str, str] = {}  # the app talks to no other service
{%- endif %}


# The services that run the app's code and read its .env.
APP_SERVICES = {"app", "migrate", "worker"}
# What each other service may be given: its image's own variables.
{%- if c.__servers %}
OWN_VARIABLES_PREFIX = {
{{- fragments("docker-service-prefixes") }}
}
{%- else %}
OWN_VARIABLES_PREFIX: dict[str, str] = {}  # the app is the only service
{%- endif %}


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    return data


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_dockerfile_passes_hadolint() -> None:
    done = run(str(TOOLS / "hadolint"), "--failure-threshold", "info", "Dockerfile")

    assert done.returncode == 0, done.stdout + done.stderr


def test_compose_file_matches_the_compose_spec() -> None:
    done = run(
        str(TOOLS / "check-jsonschema"),
        "--builtin-schema",
        "vendor.compose-spec",
        "compose.yaml",
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_every_setting_that_names_a_service_points_into_compose() -> None:
    services = compose()["services"]
    settings = {name.upper() for name in Settings.model_fields}

    for service in ["app"{% if c.__queue %}, "worker"{% endif %}]:
        environment = services[service].get("environment", {})
        for setting, target in SERVICE_OF_SETTING.items():
            assert setting in settings  # a name the app really reads
            assert re.search(rf"[@/]{target}:", environment[setting]), (
                f"{service}: {setting} does not point at the {target} service"
            )
            assert target in services


def test_services_wait_for_what_they_need_to_be_healthy() -> None:
    services = compose()["services"]

    for name, service in services.items():
        for needed, rule in service.get("depends_on", {}).items():
            expected = (
                "service_completed_successfully"
                if needed == "migrate"
                else "service_healthy"
            )
            assert rule["condition"] == expected, f"{name} -> {needed}"
            if needed != "migrate":
                assert "healthcheck" in services[needed], needed
    for name in SERVICE_OF_SETTING.values():
        assert name in services["app"]["depends_on"]


def test_credentials_come_from_the_env_file() -> None:
    text = (ROOT / "compose.yaml").read_text()
    example = (ROOT / ".env.example").read_text()
    defined = set(re.findall(r"^(\w+)=", example, flags=re.MULTILINE))

    used = set(re.findall(r"\$\{(\w+)", text))

    assert used <= defined, f"not in .env.example: {sorted(used - defined)}"
    # No password written as a value of its own (`POSTGRES_PASSWORD: secret`).
    assert not re.search(r"^\s*\w*PASS\w*:\s*(?!\$\{)\S", text, flags=re.MULTILINE)


def test_the_app_runs_in_production_mode() -> None:
    services = compose()["services"]
    dockerfile = (ROOT / "Dockerfile").read_text()

    assert re.search(r"^ENV .*\bENVIRONMENT=production\b", dockerfile, re.MULTILINE)
    for name in APP_SERVICES & services.keys():
        # Compose's `environment` wins over the development value in .env.
        assert services[name]["environment"]["ENVIRONMENT"] == "production", name


def test_other_services_see_only_their_own_variables() -> None:
    for name, service in compose()["services"].items():
        if name in APP_SERVICES:
            continue
        assert "env_file" not in service, f"{name} is given the whole .env"
        prefix = OWN_VARIABLES_PREFIX[name]
        variables = service.get("environment", {})
        foreign = [key for key in variables if not key.startswith(prefix)]
        assert foreign == [], f"{name} is given {foreign}"
