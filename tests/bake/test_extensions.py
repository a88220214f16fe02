"""Adding a value is a small, local change: the files of a layer from outside the
cookiecutters (tests/extensions/) are the whole of it, the project it renders has the
value everywhere it belongs, and `fastkit export-template --layer` gives the same."""

import shlex
import shutil
import tomllib
from pathlib import Path

import pytest
import yaml
from bake.test_export_template import cookiecutter_from_git
from click.testing import CliRunner
from cookiecutter.exceptions import FailedHookException
from cookiecutter.main import cookiecutter
from template_trees import digest

from extension_layers import EXTENSIONS, rest_api_with, with_layer
from fastkit.app import cli

pytestmark = pytest.mark.bake

MOST_FILES_FOR_A_DATABASE = 4  # the choice-folder issue's bounds
MOST_FILES_FOR_AN_AUTH = 10


def test_a_database_added_from_its_descriptor_reaches_every_file(tmp_path: Path) -> None:
    template, changed = with_layer("psycopg", tmp_path / "repo")
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


def test_an_auth_added_from_a_layer_is_wired_everywhere(tmp_path: Path) -> None:
    template, changed = with_layer("api_key", tmp_path / "repo")
    assert len(changed) <= MOST_FILES_FOR_AN_AUTH, changed

    context = {"project_name": "shop", "auth": "api-key", "db": "sqlite"}
    project = Path(
        cookiecutter(str(template), no_input=True, extra_context=context, output_dir=tmp_path)
    )

    auth = project / "app/domains/auth"
    assert sorted(p.name for p in auth.glob("*.py")) == [
        "__init__.py", "accounts.py", "api_keys.py", "dependencies.py", "exceptions.py",
        "models.py", "repository.py", "router.py", "schemas.py", "service.py",
    ]  # fmt: skip
    assert "APIKeyHeader" in (auth / "dependencies.py").read_text()
    assert (
        "from app.domains.auth.api_keys import ApiKey as ApiKey"
        in (project / "app/db/models.py").read_text()
    )
    assert '"api_keys"' in (project / "migrations/versions/0000_users.py").read_text()
    assert (project / "tests/domains/auth/test_api_keys.py").exists()
    assert (project / "tests/domains/auth/test_password_login.py").exists()
    assert '"X-API-Key"' in (project / "tests/conftest.py").read_text()
    assert "SECRET_KEY=" in (project / ".env").read_text()  # keys are hashed under it
    assert "deleted user's API keys" in (project / "README.md").read_text()
    assert not list(project.rglob("*.api-key.py")) and not list(project.rglob("*.jwt.py"))


def test_an_auth_a_layer_adds_takes_only_what_it_can_serve(tmp_path: Path) -> None:
    template, _ = with_layer("api_key", tmp_path / "repo")
    out = tmp_path / "out"

    with pytest.raises(FailedHookException):
        cookiecutter(
            str(template),
            no_input=True,
            extra_context={"project_name": "shop", "auth": "api-key", "db": "mongodb"},
            output_dir=out,
        )
    jwt = cookiecutter(
        str(template),
        no_input=True,
        extra_context={"project_name": "other", "auth": "jwt", "db": "sqlite"},
        output_dir=out,
    )

    assert not (out / "shop").exists()
    assert not (Path(jwt) / "app/domains/auth/api_keys.py").exists()


def test_a_pytest_plugin_a_layer_brings_is_named_where_pytest_reads_it(
    tmp_path: Path,
) -> None:
    """Generated projects load only the pytest plugins `addopts` names: a value whose
    layer brings one names it in a `pytest-plugins` fragment, and only that value."""
    layer = shutil.copytree(EXTENSIONS / "api_key", tmp_path / "api_key")
    fragment = layer / "choices/auth/api-key/fragments/pytest-plugins/10.toml"
    fragment.parent.mkdir(parents=True)
    fragment.write_text("    -p pytest_mock\n")
    template = rest_api_with(layer, tmp_path)

    def addopts(auth: str) -> list[str]:
        project = cookiecutter(
            str(template),
            no_input=True,
            extra_context={"project_name": f"shop_{auth.replace('-', '_')}", "auth": auth},
            output_dir=tmp_path / "out",
        )
        pyproject = tomllib.loads((Path(project) / "pyproject.toml").read_text())
        return shlex.split(pyproject["tool"]["pytest"]["ini_options"]["addopts"])

    with_key, with_jwt = addopts("api-key"), addopts("jwt")
    assert "--disable-plugin-autoload" in with_jwt
    assert with_key == [*with_jwt, "-p", "pytest_mock"]


def test_export_template_puts_a_layer_on_top_for_plain_cookiecutter(tmp_path: Path) -> None:
    """A user's layer, from the command line: the export offers its value, and plain
    cookiecutter renders it as the layer's build does."""
    exported = tmp_path / "with-psycopg"
    layer = EXTENSIONS / "psycopg"

    result = CliRunner().invoke(
        cli, ["export-template", "rest-api", str(exported), "--layer", str(layer)]
    )

    assert result.exit_code == 0, result.output
    assert "`psycopg`" in (exported / "README.md").read_text()
    assert not (exported / "type.yaml").exists()
    built, _ = with_layer("psycopg", tmp_path / "built")
    cookiecutter_from_git(f"git+file://{exported}", tmp_path / "a", tmp_path, "db=psycopg")
    by_build = cookiecutter(
        str(built), no_input=True, extra_context={"db": "psycopg"}, output_dir=tmp_path / "b"
    )
    assert digest(tmp_path / "a" / Path(by_build).name) == digest(Path(by_build))


def test_a_layer_the_type_cannot_take_is_refused_with_nothing_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "layer.yaml").write_text("offer: {db: [nope]}\n")

    result = CliRunner().invoke(
        cli, ["export-template", "rest-api", str(tmp_path / "out"), "--layer", str(bad)]
    )

    assert result.exit_code == 2
    assert "no choices/db/nope/choice.yaml" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]
