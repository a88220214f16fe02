"""`create-project --git/--install/--lock`: what is recorded, and what a failing
step leaves (the project, one line naming the commands that finish the job, exit 1).

The installs that succeed (pip and uv, which need the package index) are in the
generated tier: tests/generated/test_wheel.py and test_setup_with_uv.py.
"""

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from fastkit.app import cli
from fastkit.generators import setup_steps

UNREACHABLE_INDEX = "http://127.0.0.1:9/simple"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path) -> object:
    before = Path.cwd()
    os.chdir(tmp_path)
    yield
    os.chdir(before)


def create(*args: str) -> Result:
    return CliRunner().invoke(cli, ["create-project", *args, "--no-input"])


def git(project: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=project, capture_output=True, text=True, check=True
    ).stdout


def error_lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("Error:")]


def test_git_commits_the_project_but_not_its_secrets(tmp_path: Path) -> None:
    result = create("myapp", "--git")

    assert result.exit_code == 0, result.output
    project = tmp_path / "myapp"
    assert git(project, "log", "--format=%s").splitlines() == [setup_steps.COMMIT_MESSAGE]
    tracked = git(project, "ls-files").split()
    assert "app/main.py" in tracked and ".fastkit.yaml" in tracked
    assert ".env" not in tracked  # .gitignore keeps the generated secrets out
    assert git(project, "status", "--porcelain") == ""
    assert ".venv/bin/pre-commit install" in result.output  # left to do: there is no .venv
    recorded = yaml.safe_load((project / ".fastkit.yaml").read_text())
    assert recorded["setup"] == {"git": True, "install": False, "lock": False}


def test_no_setup_step_leaves_the_answers_file_as_plain_cookiecutter_writes_it(
    tmp_path: Path,
) -> None:
    result = create("myapp")

    assert result.exit_code == 0, result.output
    assert "setup" not in yaml.safe_load((tmp_path / "myapp/.fastkit.yaml").read_text())
    assert not (tmp_path / "myapp/.git").exists()


def test_git_without_an_identity_commits_as_the_author_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "EMAIL"):
        monkeypatch.delenv(variable, raising=False)

    result = create("myapp", "--git", "--author", "Ada Lovelace")

    assert result.exit_code == 0, result.output
    author = git(tmp_path / "myapp", "log", "--format=%an <%ae>").strip()
    assert author == f"Ada Lovelace <{setup_steps.FALLBACK_EMAIL}>"
    assert "git has no identity set" in result.output


def test_a_project_inside_a_repository_is_left_to_that_repository(tmp_path: Path) -> None:
    git(tmp_path, "init", "--quiet")

    result = create("myapp", "--git")

    assert result.exit_code == 0, result.output
    assert "git: left alone" in result.output
    assert not (tmp_path / "myapp/.git").exists()
    assert git(tmp_path, "status", "--porcelain") == "?? myapp/\n"  # nothing committed


def test_git_missing_keeps_the_project_and_says_how_to_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    result = create("myapp", "--git")

    assert result.exit_code == 1
    [error] = error_lines(result)
    assert "`git init` failed (git is not on PATH)" in error
    assert error.endswith(
        "git init && git add --all && git commit -m 'Initial commit (fastkit create-project)'"
    )
    assert (tmp_path / "myapp/app/main.py").exists()


@pytest.mark.parametrize("installer", ["uv", "pip"])
def test_an_unreachable_index_keeps_the_project_and_says_how_to_finish(
    installer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UV_INDEX_URL", UNREACHABLE_INDEX)
    monkeypatch.setenv("UV_NO_CACHE", "1")
    monkeypatch.setenv("PIP_INDEX_URL", UNREACHABLE_INDEX)
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    if installer == "pip":
        monkeypatch.setattr(setup_steps, "find_uv", lambda: None)

    result = create("myapp", "--install", "--git")

    assert result.exit_code == 1, result.output
    [error] = error_lines(result)
    install = 'uv pip install -e ".[dev]"' if installer == "uv" else ".venv/bin/pip install -e"
    assert f"`{install}" in error and "failed (exit code " in error
    # what is left: the install, then every git command (pre-commit from the new .venv)
    assert error.endswith(
        "git commit -m 'Initial commit (fastkit create-project)' && .venv/bin/pre-commit install"
    )
    assert (tmp_path / "myapp/app/main.py").exists()
    assert not (tmp_path / "myapp/.git").exists()


def test_setup_answers_replay_from_the_answers_file(tmp_path: Path) -> None:
    assert create("first", "--git").exit_code == 0

    result = create("second", "--config", "first/.fastkit.yaml")

    assert result.exit_code == 0, result.output
    assert git(tmp_path / "second", "log", "--format=%s").strip() == setup_steps.COMMIT_MESSAGE


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("git: maybe\n", "git: 'maybe' is not one of: yes, no"),
        (
            "answers: {auth: jwt}\nsetup: {push: true}\n",
            "'setup' must map some of git, install, lock to yes or no",
        ),
    ],
)
def test_a_bad_setup_answer_is_refused_before_anything_is_written(
    config: str, message: str, tmp_path: Path
) -> None:
    (tmp_path / "answers.yaml").write_text(config)

    result = create("myapp", "--config", "answers.yaml")

    assert result.exit_code == 2
    assert message in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.yaml"]


def test_help_lists_the_setup_flags() -> None:
    result = CliRunner().invoke(cli, ["create-project", "--help"])

    for flag in ("--git / --no-git", "--install / --no-install", "--lock / --no-lock"):
        assert flag in result.output


@pytest.mark.parametrize("mode", ["--force", "-s", "--overwrite"])
def test_git_into_a_folder_with_files_is_refused_before_anything_is_written(
    mode: str, tmp_path: Path
) -> None:
    own = tmp_path / "myapp"
    own.mkdir()
    (own / ".gitignore").write_text("*.log\n")  # kept by -s: it would not keep .env out
    (own / "notes.txt").write_text("mine\n")

    result = create("myapp", mode, "--git")

    assert result.exit_code == 2
    [error] = error_lines(result)
    assert "--git needs a new or empty folder" in error
    assert sorted(p.name for p in own.iterdir()) == [".gitignore", "notes.txt"]


@pytest.mark.parametrize("uv", ["/usr/bin/uv", None])
def test_an_existing_venv_is_installed_into_never_created_over(
    uv: str | None, tmp_path: Path
) -> None:
    (tmp_path / ".venv").mkdir()

    step = setup_steps.install_step(tmp_path, uv, locked=False)

    assert [command.shown.split()[-1] for command in step.commands] == ['".[dev]"']


def test_install_takes_every_extra_the_project_declares(tmp_path: Path) -> None:
    """An ai-backend with a PyTorch model needs its torch extra to run at all."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "p"\n[project.optional-dependencies]\n'
        'dev = ["pytest"]\ntorch = ["torch>=2.4"]\n'
    )

    pip = setup_steps.install_step(tmp_path, None, locked=False).commands[-1]
    synced = setup_steps.install_step(tmp_path, "/usr/bin/uv", locked=True).commands[-1]

    assert pip.argv[-1] == ".[dev,torch]"
    assert synced.shown == "uv sync --extra dev --extra torch"


@pytest.mark.parametrize("kept", ["not toml [", "[project]\noptional-dependencies = 3\n", ""])
def test_a_kept_pyproject_that_says_nothing_usable_installs_dev(tmp_path: Path, kept: str) -> None:
    """With -s a user's own pyproject.toml stays: it must not crash the install step."""
    (tmp_path / "pyproject.toml").write_text(kept)

    step = setup_steps.install_step(tmp_path, None, locked=False)

    assert step.commands[-1].argv[-1] == ".[dev]"


def test_install_brings_a_fullstack_frontend_its_packages_and_client(tmp_path: Path) -> None:
    """After the backend's install: its OpenAPI document is what the client is made of."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n')
    backend_only = setup_steps.plan(tmp_path, {"install", "git"}, "me")
    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "package.json").write_text("{}")

    steps = setup_steps.plan(tmp_path, {"install", "git"}, "me")

    assert len(steps) == len(backend_only) + 1
    frontend = steps[1].commands  # install, frontend, git
    assert [command.shown for command in frontend] == [
        "(cd frontend && npm ci)",
        "(cd frontend && npm run generate-client)",
    ]
    assert {command.folder for command in frontend} == {"frontend"}
