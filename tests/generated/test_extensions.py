"""A value added by a layer alone (tests/extension_layers.py), a database or an
authentication, holds to the bar
of every other: the project installs, passes ruff, mypy and its own tests against the
real server, migrates up, checks, down and up again, and starts healthy."""

from pathlib import Path

import pytest
from cookiecutter.main import cookiecutter
from generated.test_generated_projects import SERVER_URLS, check_project

from extension_layers import with_layer
from support import require_service

pytestmark = pytest.mark.generated


def test_a_database_added_from_its_descriptor_passes_like_any_other(
    tmp_path: Path,
    actionlint: tuple[list[str], Path],
    mypy_cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_service("postgres")
    combo = {
        "auth": "jwt", "db": "psycopg", "cache": "none", "queue": "none", "broker": "redis",
        "docker": "yes", "ci": "github", "metrics": "no", "architecture": "domain",
    }  # fmt: skip
    monkeypatch.setitem(SERVER_URLS, "psycopg", SERVER_URLS["postgres"])  # the same server
    check_with_layer("psycopg", combo, tmp_path, actionlint, mypy_cache)


def test_an_auth_added_from_a_layer_passes_like_any_other(
    tmp_path: Path, actionlint: tuple[list[str], Path], mypy_cache: Path
) -> None:
    """Layered, so that the modules of no role (accounts, api_keys) move too."""
    require_service("postgres")
    combo = {
        "auth": "api-key", "db": "postgres", "cache": "redis", "queue": "none",
        "broker": "redis", "docker": "no", "ci": "none", "metrics": "no",
        "architecture": "layered",
    }  # fmt: skip
    check_with_layer("api_key", combo, tmp_path, actionlint, mypy_cache)


def check_with_layer(
    layer: str,
    combo: dict[str, str],
    tmp_path: Path,
    actionlint: tuple[list[str], Path],
    mypy_cache: Path,
) -> None:
    """rest-api with the layer added, rendered by plain cookiecutter with these
    answers, then checked as every generated project is, coverage included: the
    layer's code is in no built-in combination."""
    template, _ = with_layer(layer, tmp_path / "repo")
    project = cookiecutter(
        str(template),
        no_input=True,
        extra_context={"project_name": f"extension_{layer}", **combo},
        output_dir=tmp_path,
    )
    check_project(
        Path(project),
        combo,
        "extension",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=True,
    )
