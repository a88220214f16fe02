"""Adding a value is a small, local change: the files tests/extension_repo.py adds are
the whole of it, and the project it renders has the value everywhere it belongs."""

import tomllib
from pathlib import Path

import pytest
import yaml
from cookiecutter.main import cookiecutter

from extension_repo import with_psycopg

pytestmark = pytest.mark.bake

MOST_FILES_FOR_A_DATABASE = 4  # the choice-folder issue's bound


def test_a_database_added_from_its_descriptor_reaches_every_file(tmp_path: Path) -> None:
    template, changed = with_psycopg(tmp_path / "repo")
    assert len(changed) <= MOST_FILES_FOR_A_DATABASE, changed

    context = {"project_name": "shop", "db": "psycopg", "docker": "yes", "ci": "github"}
    project = Path(
        cookiecutter(str(template), no_input=True, extra_context=context, output_dir=tmp_path)
    )

    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert "psycopg[binary]>=3.2" in pyproject["project"]["dependencies"]
    assert not any("asyncpg" in dependency for dependency in pyproject["project"]["dependencies"])
    assert '"postgresql": "postgresql+psycopg"' in (project / "app/core/config.py").read_text()
    compose = yaml.safe_load((project / "compose.yaml").read_text())
    assert compose["services"]["postgres"]["image"] == "postgres:17-alpine"
    assert compose["services"]["migrate"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"}
    }
    workflow = yaml.safe_load((project / ".github/workflows/ci.yml").read_text())
    assert "postgres" in workflow["jobs"]["test"]["services"]
    assert "POSTGRES_PASSWORD=" in (project / ".env").read_text()
    assert "through psycopg" in (project / "README.md").read_text()
    assert (project / "tests/database_url.py").exists()
    assert not list(project.rglob("database_url.*.py"))  # the other variants went
