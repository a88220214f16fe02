"""`fastkit create-project` through Click's CliRunner: flags, config, refusals."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli


def run(*args: str, cwd: Path) -> Result:
    os.chdir(cwd)
    return CliRunner().invoke(cli, ["create-project", *args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def keep_cwd() -> object:
    before = Path.cwd()
    yield
    os.chdir(before)


def answers(project: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load((project / ".fastkit.yaml").read_text())
    return data


def test_no_input_takes_the_documented_defaults(tmp_path: Path) -> None:
    result = run("myapp", "--no-input", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    assert "myapp is ready" in result.output
    recorded = answers(tmp_path / "myapp")
    assert recorded["template"] == "rest-api"
    assert recorded["answers"] == {
        "architecture": "domain",
        "auth": "jwt",
        "author": "Your Name",
        "broker": "redis",
        "cache": "none",
        "ci": "none",
        "db": "sqlite",
        "description": "A FastAPI REST API backend",
        "docker": "no",
        "project_name": "myapp",
        "queue": "none",
    }


def test_the_documented_flags_work(tmp_path: Path) -> None:
    result = run(
        "myapp",
        "--type=rest-api",
        "--auth=jwt",
        "--db=postgres",
        "--architecture=layered",
        cwd=tmp_path,
    )

    assert result.exit_code == 0, result.output
    project = tmp_path / "myapp"
    assert answers(project)["answers"]["db"] == "postgres"  # type: ignore[index]
    assert (project / "app/api/routes/items.py").exists()
    assert "asyncpg" in (project / "pyproject.toml").read_text()


def test_the_extras_example_works(tmp_path: Path) -> None:
    result = run(
        "myapp",
        "--type=rest-api",
        "--auth=jwt",
        "--db=postgres",
        "--cache=redis",
        "--docker",
        cwd=tmp_path,
    )

    assert result.exit_code == 0, result.output
    project = tmp_path / "myapp"
    recorded = answers(project)["answers"]
    assert (recorded["cache"], recorded["docker"]) == ("redis", "yes")  # type: ignore[index]
    assert (project / "app/core/cache.py").exists()
    assert (project / "compose.yaml").exists()
    assert "docker compose up --build" in result.output


def test_docker_and_extras_replay_from_a_yaml_answers_file(tmp_path: Path) -> None:
    config = tmp_path / "answers.yaml"
    config.write_text("auth: none\ndb: none\ndocker: yes\nqueue: rq\n")  # a YAML boolean

    result = run("replayed", "--config", str(config), "--no-docker", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    recorded = answers(tmp_path / "replayed")["answers"]
    assert (recorded["docker"], recorded["queue"]) == ("no", "rq")  # type: ignore[index]
    assert not (tmp_path / "replayed/Dockerfile").exists()
    assert (tmp_path / "replayed/app/worker/tasks.py").exists()


def test_without_a_terminal_nothing_is_prompted(tmp_path: Path) -> None:
    result = run("quiet", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    assert "Choose" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "--no-input"], "project name is empty"),
        (["   ", "--no-input"], "project name is empty"),
        (["a/b", "--no-input"], "is a path"),
        (["..", "--no-input"], "is a path"),
        (["x" * 300, "--no-input"], "at most 64"),
        (["fastapi", "--no-input"], "shadows a package"),
        (["pydantic", "--no-input"], "shadows a package"),
        (["--no-input"], "missing project NAME"),
        (["ok", "--auth", "ldap"], "--auth 'ldap' is not one of: jwt, oauth2, session, none"),
        (["ok", "--db", "oracle"], "--db 'oracle' is not one of"),
        (["ok", "--architecture", "hexagonal"], "--architecture 'hexagonal' is not one of"),
        (["ok", "--type", "desktop"], "--type 'desktop' is not one of"),
        (["ok", "--type", "microservice"], "microservice is not available yet"),
        (["ok", "--auth", "jwt", "--db", "none"], "choose db from sqlite, postgres, mysql"),
        (["ok", "--auth", "session", "--db", "none"], "needs a database"),
        (["ok", "--cache", "memcached"], "--cache 'memcached' is not one of: none, redis, memory"),
        (["ok", "--queue", "dramatiq"], "--queue 'dramatiq' is not one of: none, celery, rq"),
        (["ok", "--ci", "jenkins"], "--ci 'jenkins' is not one of: none, github, gitlab"),
        (["ok", "--queue", "rq", "--broker", "rabbitmq"], "choose queue from celery"),
        (["ok", "--broker", "rabbitmq"], "RQ runs on Redis"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = run(*args, cwd=tmp_path)

    assert result.exit_code == 2
    assert message in result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_non_empty_folder_is_refused_without_force(tmp_path: Path) -> None:
    (tmp_path / "myapp").mkdir()
    (tmp_path / "myapp" / "notes.txt").write_text("mine")

    result = run("myapp", "--no-input", cwd=tmp_path)

    assert result.exit_code == 2
    assert "--force" in result.output
    assert [p.name for p in (tmp_path / "myapp").iterdir()] == ["notes.txt"]


def test_force_adds_the_project_and_keeps_user_files(tmp_path: Path) -> None:
    (tmp_path / "myapp").mkdir()
    (tmp_path / "myapp" / "notes.txt").write_text("mine")

    result = run("myapp", "--no-input", "--force", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    assert (tmp_path / "myapp" / "notes.txt").read_text() == "mine"
    assert (tmp_path / "myapp" / "app" / "main.py").exists()


def test_an_empty_folder_needs_no_force(tmp_path: Path) -> None:
    (tmp_path / "myapp").mkdir()

    assert run("myapp", "--no-input", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "myapp" / "pyproject.toml").exists()


def test_output_dir_is_created(tmp_path: Path) -> None:
    result = run("myapp", "--no-input", "--output-dir", "a/b", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    assert (tmp_path / "a/b/myapp/app/main.py").exists()


def test_user_text_comes_out_literally(tmp_path: Path) -> None:
    text = 'Braces {{ cookiecutter.auth }}, {% if x %}tags{% endif %}, "quotes" \\ ok'
    author = "O'Brien {# not a comment #}"

    result = run("myapp", "--no-input", "--description", text, "--author", author, cwd=tmp_path)

    assert result.exit_code == 0, result.output
    project = tmp_path / "myapp"
    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert pyproject["project"]["description"] == text
    assert pyproject["project"]["authors"] == [{"name": author}]
    assert text in (project / "README.md").read_text()
    assert answers(project)["answers"]["description"] == text  # type: ignore[index]


def test_config_replays_a_projects_answers(tmp_path: Path) -> None:
    run("first", "--auth=session", "--db=mysql", "--architecture=layered", cwd=tmp_path)

    result = run("second", "--config", "first/.fastkit.yaml", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    first = answers(tmp_path / "first")["answers"]
    second = answers(tmp_path / "second")["answers"]
    assert {**first, "project_name": "second"} == second  # type: ignore[dict-item]


def test_flags_override_the_config(tmp_path: Path) -> None:
    (tmp_path / "answers.yaml").write_text("type: rest-api\nauth: none\ndb: none\n")

    result = run("app2", "--config", "answers.yaml", "--db", "sqlite", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    recorded = answers(tmp_path / "app2")["answers"]
    assert (recorded["auth"], recorded["db"]) == ("none", "sqlite")  # type: ignore[index]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("auth: [jwt", "not valid YAML"),
        ("- jwt\n", "must hold a mapping"),
        ("colour: blue\n", "unknown key 'colour'"),
        ("auth: 3\n", "'auth' must be a string"),
        ("auth: ldap\n", "--auth 'ldap' is not one of"),
    ],
)
def test_bad_config_is_refused(tmp_path: Path, content: str | None, message: str) -> None:
    config = tmp_path / "answers.yaml"
    if content is not None:
        config.write_text(content)

    result = run("ok", "--config", str(config), cwd=tmp_path)

    assert result.exit_code == 2
    assert message in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == (["answers.yaml"] if content else [])


def test_version_and_module_entry_point() -> None:
    from fastkit import __version__

    completed = subprocess.run(
        [sys.executable, "-m", "fastkit", "--version"], capture_output=True, text=True, check=True
    )

    assert completed.stdout.strip() == f"fastkit, version {__version__}"


def test_help_shows_every_flag() -> None:
    result = CliRunner().invoke(cli, ["create-project", "--help"])

    for flag in (
        "--type",
        "--auth",
        "--db",
        "--architecture",
        "--description",
        "--author",
        "--output-dir",
        "--config",
        "--no-input",
        "--force",
    ):
        assert flag in result.output


def test_an_output_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine")

    result = run("myapp", "--no-input", "--output-dir", "file", cwd=tmp_path)

    assert result.exit_code == 2
    assert "is not a folder" in result.output and result.output.count("\n") == 1
    assert (tmp_path / "file").read_text() == "mine"
