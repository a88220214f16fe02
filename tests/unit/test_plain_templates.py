"""create-project --template with a plain cookiecutter template: rendered by
cookiecutter in a subprocess with a clean environment and a time limit; hooks only
once trusted; a name that would leave the output folder refused before anything is
written; a failure leaves nothing behind."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fastkit.app import cli

ROOT = "{{cookiecutter.slug}}"


def fastkit(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cookiecutter template: a name, a slug made from it, a choice; a README."""
    folder = tmp_path / "plain"
    (folder / ROOT).mkdir(parents=True)
    (folder / "cookiecutter.json").write_text(
        json.dumps(
            {
                "project_name": "Demo",
                "slug": "{{ cookiecutter.project_name|lower }}",
                "kind": ["a", "b"],
            }
        )
    )
    (folder / ROOT / "README.md").write_text(
        "# {{ cookiecutter.project_name }} ({{ cookiecutter.kind }})\n"
    )
    monkeypatch.setenv("FASTKIT_CONFIG", str(tmp_path / "settings" / "config.yaml"))
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path / "out")
    return folder


def with_hook(folder: Path, when: str, code: str) -> Path:
    (folder / "hooks").mkdir(exist_ok=True)
    (folder / "hooks" / f"{when}_gen_project.py").write_text(code)
    return folder


def nothing_left(out: Path) -> bool:
    return not any(out.iterdir())


def test_a_plain_template_renders_with_the_name_and_the_answers(plain: Path) -> None:
    Path("../answers.yaml").write_text("kind: b\n")

    made = fastkit(
        "create-project", "Shop", "--template", str(plain), "--config", "../answers.yaml"
    )

    assert made.exit_code == 0, made.output
    assert Path("shop/README.md").read_text() == "# Shop (b)\n"
    assert "slug" in fastkit("templates", "show", str(plain)).output
    refused = fastkit("create-project", "Other", "--template", str(plain), "--auth", "jwt")
    assert refused.exit_code == 2 and "no such option --auth" in refused.output


def test_an_unknown_variable_is_refused(plain: Path) -> None:
    Path("../answers.yaml").write_text("colour: red\n")

    result = fastkit("create-project", "x", "--template", str(plain), "--config", "../answers.yaml")

    assert result.exit_code == 2 and "'colour' is not a variable of" in result.output
    assert nothing_left(Path("."))


def test_hooks_run_once_trusted_in_a_clean_environment(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_hook(
        plain,
        "post",
        "import os, pathlib\npathlib.Path('env.txt').write_text('\\n'.join(sorted(os.environ)))\n",
    )
    monkeypatch.setenv("FASTKIT_LLM_API_KEY", "sk-not-for-templates")
    monkeypatch.setenv("DATABASE_URL", "postgresql://secret@db/prod")

    refused = fastkit("create-project", "x", "--template", str(plain), "--no-input")
    assert refused.exit_code == 2 and "is not trusted" in refused.output
    assert nothing_left(Path("."))

    made = fastkit("create-project", "Shop", "--template", str(plain), "--no-input", "--trust")

    assert made.exit_code == 0, made.output
    seen = Path("shop/env.txt").read_text().splitlines()
    assert "PATH" in seen and "HOME" in seen
    assert not {"FASTKIT_LLM_API_KEY", "DATABASE_URL", "FASTKIT_CONFIG"} & set(seen)


def test_a_name_leaving_the_output_folder_is_refused_before_writing(
    plain: Path, tmp_path: Path
) -> None:
    (tmp_path / "answers.yaml").write_text("slug: ../../escaped\n")

    result = fastkit(
        "create-project", "x", "--template", str(plain), "--config", str(tmp_path / "answers.yaml")
    )

    assert result.exit_code == 2 and "outside the output folder" in result.output
    assert nothing_left(Path(".")) and not (tmp_path.parent / "escaped").exists()


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("import sys\nprint('no, thanks', file=sys.stderr)\nsys.exit(3)\n", "template failed"),
        ("import time\ntime.sleep(60)\n", "ran over 2 s (FASTKIT_TEMPLATE_TIMEOUT)"),
    ],
)
def test_a_hook_that_fails_or_hangs_leaves_nothing(
    plain: Path, monkeypatch: pytest.MonkeyPatch, code: str, says: str
) -> None:
    with_hook(plain, "pre", code)
    monkeypatch.setenv("FASTKIT_TEMPLATE_TIMEOUT", "2")

    result = fastkit("create-project", "x", "--template", str(plain), "--no-input", "--trust")

    assert result.exit_code == 2 and says in result.output
    assert len(result.output.strip().splitlines()) <= 3  # the heading and one line
    assert nothing_left(Path("."))


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--install"], "--install is not for a cookiecutter template"),
        (["--force"], "--force, -s and --overwrite are not for a cookiecutter template"),
        (["--refresh"], "--refresh fetches a git template again"),
        (["--output-dir", "/dev/null/x"], "is not a folder"),
    ],
)
def test_what_a_plain_template_does_not_take_is_refused(
    plain: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    with_hook(plain, "pre", f"open({str(tmp_path / 'ran')!r}, 'w').close()\n")

    result = fastkit(
        "create-project", "x", "--template", str(plain), "--no-input", "--trust", *args
    )

    assert result.exit_code == 2 and says in result.output, result.output
    assert nothing_left(Path(".")) and not (tmp_path / "ran").exists()


def test_an_existing_project_folder_is_refused_before_any_hook_runs(
    plain: Path, tmp_path: Path
) -> None:
    with_hook(plain, "pre", f"open({str(tmp_path / 'ran')!r}, 'w').close()\n")
    Path("shop").mkdir()
    (Path("shop") / "mine.txt").write_text("the user's")

    result = fastkit("create-project", "Shop", "--template", str(plain), "--no-input", "--trust")

    assert result.exit_code == 2 and "shop exists" in result.output
    assert not (tmp_path / "ran").exists()
    assert [p.name for p in Path(".").iterdir()] == ["shop"]
    assert (Path("shop") / "mine.txt").read_text() == "the user's"
