"""Helpers shared by fastkit's test tiers."""

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fastkit.shared.options import TEMPLATE_QUESTIONS, ProjectOptions
from fastkit.shared.templates import load_template
from fastkit_hooks.rules import supported_combinations

REPO = Path(__file__).resolve().parent.parent
COOKIECUTTERS = REPO / "cookiecutters"
REST_API = COOKIECUTTERS / "rest-api"

SERVICES = {
    "postgres": ("PostgreSQL", 5432),
    "mysql": ("MariaDB/MySQL", 3306),
    "redis": ("Redis", 6379),
    "rabbitmq": ("RabbitMQ", 5672),
}


def template_meta(template: Path = REST_API) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((template / "cookiecutter.json").read_text())
    return data


def combinations(template: Path = REST_API) -> Iterator[dict[str, str]]:
    """Every combination the template's table of rules supports."""
    meta = template_meta(template)["_fastkit"]
    return supported_combinations(meta["rules"], meta["choices"])


def rest_api_options(name: str, **answers: str) -> ProjectOptions:
    """Options for a rest-api project: the given answers, the template's defaults for the rest."""
    spec = load_template("rest-api")
    defaults = {key: spec.default(key) for key in TEMPLATE_QUESTIONS}
    return ProjectOptions(name=name, project_type="rest-api", **{**defaults, **answers})


def combo_id(combo: dict[str, str]) -> str:
    return "-".join(combo.values())


def reachable(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(key: str) -> None:
    """Skip with a reason when the service is down; fail instead under CI's rule."""
    name, port = SERVICES[key]
    if reachable(port):
        return
    message = f"{name} is not reachable on 127.0.0.1:{port}"
    if os.environ.get("FASTKIT_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{message} and FASTKIT_REQUIRE_SERVICES=1")
    pytest.skip(message)


def tree(root: Path) -> dict[str, bytes]:
    """Every file below root with its content, by relative path."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
