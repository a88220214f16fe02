"""`fastkit create-project` through Click's CliRunner: flags, config, refusals."""

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.commands.create_project import next_commands
from fastkit.shared.templates import load_template
from fastkit_hooks.escaping import markdown_text
from support import REPO, options


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
        "deploy": "none",
        "description": "A FastAPI REST API backend",
        "docker": "no",
        "metrics": "no",
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
    assert (project / "app/api/routes/item.py").exists()
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
    assert markdown_text(text) in (project / "README.md").read_text()
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


def test_the_configs_type_chooses_the_flags(tmp_path: Path) -> None:
    (tmp_path / "answers.yaml").write_text("type: microservice\nauth: jwt\n")

    refused = run("m1", "--config", "answers.yaml", "--metrics", "--no-input", cwd=tmp_path)
    helped = run("--config", "answers.yaml", "--help", cwd=tmp_path)
    made = run("m2", "--config", "answers.yaml", "--auth", "oauth2", "--no-input", cwd=tmp_path)

    assert refused.exit_code == 2
    assert "no such option --metrics" in refused.output
    assert "--type microservice asks" in refused.output
    assert not (tmp_path / "m1").exists()
    assert "--metrics" not in helped.output and "--auth none|jwt|oauth2" in helped.output
    assert made.exit_code == 0, made.output
    assert answers(tmp_path / "m2")["template"] == "microservice"
    assert answers(tmp_path / "m2")["answers"]["auth"] == "oauth2"  # type: ignore[index]


def test_version_and_module_entry_point() -> None:
    from fastkit import __version__

    completed = subprocess.run(
        [sys.executable, "-m", "fastkit", "--version"], capture_output=True, text=True, check=True
    )

    assert completed.stdout.strip() == f"fastkit, version {__version__}"


def test_help_lists_every_flag_with_its_default_in_the_readmes_order() -> None:
    result = CliRunner().invoke(cli, ["create-project", "--help"])
    readme = (REPO / "README.md").read_text()

    # Click indents an option by two spaces; a wrapped help line, by more.
    flags = re.findall(r"^  (?:-\w, )?(--[\w-]+)", result.output, flags=re.MULTILINE)
    rest_api_table = readme.split("| flag |")[1].split("\n\n")[0]  # the first: rest-api's
    documented = re.findall(r"^\| (?:`-\w`, )?`(--[\w-]+)", rest_api_table, flags=re.MULTILINE)
    assert flags[: len(documented)] == documented
    for flag, default in [
        ("--type", "rest-api"),
        ("--auth", "jwt"),
        ("--db", "sqlite"),
        ("--cache", "none"),
        ("--broker", "redis"),
        ("--deploy", "none"),
        ("--docker", "no-docker; docker with --deploy k8s"),
        ("--architecture", "domain"),
    ]:
        line = next(line for line in result.output.splitlines() if f" {flag}" in line)
        assert f"[default: {default}]" in " ".join(
            result.output[result.output.index(line) :].split()[:40]
        ), flag
    for short in ("-o, --output-dir", "-f, --force", "-s, --skip-if-file-exists"):
        assert short in result.output


def test_short_version_flag() -> None:
    result = CliRunner().invoke(cli, ["-V"])

    assert result.exit_code == 0 and "fastkit, version" in result.output


def test_next_steps_use_what_the_machine_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no uv on PATH

    result = run("shop", "--no-input", "--db", "postgres", cwd=tmp_path)

    assert result.exit_code == 0, result.output
    assert 'python -m venv .venv && .venv/bin/pip install -e ".[dev]"' in result.output
    assert "createdb -h localhost -U postgres shop" in result.output
    assert "uv venv" not in result.output


def test_next_steps_come_in_the_order_they_are_run(tmp_path: Path) -> None:
    """Each chosen value brings its own commands (its choice folder's `next`)."""
    chosen = options("rest-api", "my-shop", db="mysql", queue="celery", docker="yes")
    spec = load_template("rest-api")
    commands = [line.split("  #")[0].strip() for line in next_commands(tmp_path, spec, chosen)]

    assert commands[0] == f"cd {tmp_path}" and commands[1] == "docker compose up --build"
    assert commands[3:] == [
        'mysql -h 127.0.0.1 -u root -e "CREATE DATABASE my_shop"',
        ".venv/bin/alembic upgrade head",
        ".venv/bin/fastapi dev",
        ".venv/bin/python -m app.worker",
        ".venv/bin/pytest",
    ]
    plain = next_commands(tmp_path, spec, options("rest-api", "shop", db="none", auth="none"))
    assert not any("alembic" in line or "worker" in line or "docker" in line for line in plain)


def test_each_type_brings_its_own_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second template asks other questions: --type picks whose flags are parsed and
    listed in --help, and another type's flag is refused."""
    import json

    from fastkit.commands import create_project
    from fastkit.shared.templates import TemplateSpec

    spec_data = {
        "project_name": "svc",
        "metrics": ["yes", "no"],
        "transport": ["http", "grpc"],
        "__prompts__": {"metrics": "Prometheus metrics", "transport": "Transport"},
        "_fastkit": {"rules": [], "reserved_names": [], "features": {}},
    }
    (tmp_path / "cookiecutter.json").write_text(json.dumps(spec_data))
    other = TemplateSpec(name="microservice", path=tmp_path, data=spec_data)
    real_load = create_project.load_template
    monkeypatch.setattr(
        create_project,
        "load_template",
        lambda name: other if name == "microservice" else real_load(name),
    )

    shown = CliRunner().invoke(cli, ["create-project", "--type=microservice", "--help"])
    assert shown.exit_code == 0
    assert "--transport http|grpc" in shown.output
    assert "--metrics / --no-metrics" in shown.output
    assert "[default: metrics]" in " ".join(shown.output.split())
    assert "--auth jwt|" not in shown.output

    refused = CliRunner().invoke(
        cli, ["create-project", "x", "--type", "microservice", "--auth=jwt"]
    )
    assert refused.exit_code == 2
    assert "no such option --auth: --auth is a question of --type" in refused.output
    assert "--type microservice asks --metrics, --transport" in refused.output

    rest = CliRunner().invoke(cli, ["create-project", "--help"])
    assert "--auth jwt|oauth2|session|none" in rest.output and "--transport" not in rest.output


def test_the_fullstack_type_asks_for_its_frontend() -> None:
    result = CliRunner().invoke(cli, ["create-project", "--type=fullstack", "--help"])

    assert result.exit_code == 0
    assert "--frontend react|vue" in result.output
    assert "--auth jwt|session" in result.output


def test_the_microservice_asks_its_own_questions() -> None:
    result = CliRunner().invoke(cli, ["create-project", "--type", "microservice", "--help"])

    assert result.exit_code == 0
    assert "--auth none|jwt|oauth2" in result.output and "[default: none]" in result.output
    assert "--metrics" not in result.output  # it always serves them


def test_an_llm_backend_defaults_to_verified_callers(tmp_path: Path) -> None:
    """Without auth, anyone who reaches it spends the LLM key's tokens: --model llm
    makes jwt the default; --auth none must be said."""
    runner = CliRunner()
    args = ["create-project", "--type", "ai-backend", "--model", "llm", "--no-input"]
    shown = runner.invoke(cli, ["create-project", "--type", "ai-backend", "--help"])
    defaulted = runner.invoke(cli, [*args, "a", "-o", str(tmp_path)])
    said = runner.invoke(cli, [*args, "b", "--auth", "none", "-o", str(tmp_path)])

    assert "jwt with --model llm" in " ".join(shown.output.split())
    assert defaulted.exit_code == said.exit_code == 0
    assert "auth: jwt" in (tmp_path / "a/.fastkit.yaml").read_text()
    assert "auth: none" in (tmp_path / "b/.fastkit.yaml").read_text()


def test_k8s_brings_its_image_and_refuses_what_pods_cannot_run(tmp_path: Path) -> None:
    made = run("shop", "--deploy", "k8s", "--db", "postgres", "--no-input", cwd=tmp_path)
    on_sqlite = run("a", "--deploy", "k8s", "--db", "sqlite", "--no-input", cwd=tmp_path)
    by_default = run("b", "--deploy", "k8s", "--no-input", cwd=tmp_path)
    no_image = run("c", "--deploy", "k8s", "--db", "mysql", "--no-docker", cwd=tmp_path)

    assert made.exit_code == 0, made.output
    assert answers(tmp_path / "shop")["answers"]["docker"] == "yes"  # type: ignore[index]
    assert (tmp_path / "shop/Dockerfile").is_file()
    assert (tmp_path / "shop/deploy/k8s/base/kustomization.yaml").is_file()
    for refused, said in [
        (on_sqlite, "each replica would have its own"),
        (by_default, "add --db postgres"),
        (no_image, "the Kubernetes manifests run the image the Dockerfile builds"),
    ]:
        assert refused.exit_code == 2
        assert said in " ".join(refused.output.split())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]


def test_help_lists_each_commands_own_summary_without_importing_the_commands() -> None:
    from fastkit.app import COMMANDS, SUMMARIES

    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None
        assert SUMMARIES[name] == command.get_short_help_str(limit=10**6), name
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom fastkit.app import cli\n"
            "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules "
            "if m.startswith(('fastkit.commands.', 'fastkit.plugins'))))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.splitlines()[-1] == "[]"
