"""`fastkit export-template`: one type as a git repository that plain cookiecutter
renders into the same project as fastkit."""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fastkit.app import cli
from support import tree

pytestmark = pytest.mark.bake


def cookiecutter_from_git(url: str, out: Path, home: Path, *answers: str) -> None:
    """Plain cookiecutter's command line, with its clone and replay folders in `home`."""
    config = home / "cookiecutter.yaml"
    config.write_text(f"cookiecutters_dir: {home / 'clones'}\nreplay_dir: {home / 'replay'}\n")
    done = subprocess.run(
        [sys.executable, "-m", "cookiecutter", "--no-input", "--config-file", str(config),
         "-o", str(out), url, *answers],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("project_type", ["rest-api", "ai-backend"])
def test_the_export_renders_what_fastkit_renders(tmp_path: Path, project_type: str) -> None:
    exported = tmp_path / "template"
    answers = {"db": "postgres", "cache": "redis", "docker": "yes"}

    result = CliRunner().invoke(cli, ["export-template", project_type, str(exported)])
    assert result.exit_code == 0, result.output
    log = subprocess.run(["git", "-C", exported, "log", "--format=%s"], capture_output=True)
    assert log.stdout.decode().startswith(f"{project_type} template, exported by fastkit")
    assert not (exported / "type.yaml").exists() and not (exported / "choices").exists()

    by_git = tmp_path / "by-git"
    cookiecutter_from_git(
        f"git+file://{exported}", by_git, tmp_path,
        "project_name=shop", *(f"{key}={value}" for key, value in answers.items()),
    )  # fmt: skip
    flags = [f"--{key}={value}" for key, value in answers.items() if key != "docker"]
    made = CliRunner().invoke(
        cli,
        ["create-project", "shop", "--no-input", f"--type={project_type}", "--docker",
         *flags, "-o", str(tmp_path / "by-fastkit")],
    )  # fmt: skip
    assert made.exit_code == 0, made.output

    expected, got = tree(tmp_path / "by-fastkit/shop"), tree(by_git / "shop")
    assert sorted(got) == sorted(expected)
    differ = [path for path in expected if got[path] != expected[path]]
    assert differ == [".env"]  # its secrets are fresh on every run


def test_an_export_never_writes_into_a_folder_that_holds_files(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep")

    result = CliRunner().invoke(cli, ["export-template", "rest-api", str(tmp_path)])

    assert result.exit_code == 2
    assert "is not an empty folder" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_an_export_fills_the_empty_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(cli, ["export-template", "microservice", "."])

    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {".git", "cookiecutter.json", "README.md"}


@pytest.mark.parametrize(
    ("dest", "says"),
    [
        ("missing/deeper/template", "does not exist: create it"),
        ("{templates}/rest-api/exported", "is inside the template it would export"),
    ],
)
def test_a_destination_it_cannot_use_is_refused_before_writing(
    tmp_path: Path, dest: str, says: str
) -> None:
    from fastkit.shared.templates import template_root

    target = tmp_path / dest.format(templates=template_root())
    result = CliRunner().invoke(cli, ["export-template", "rest-api", str(target)])

    assert result.exit_code == 2 and says in result.output
    assert not (tmp_path / "missing").exists() and not target.exists()
