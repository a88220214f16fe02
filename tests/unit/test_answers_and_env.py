"""The answers file and the per-project .env secrets."""

from pathlib import Path

import pytest

from fastkit_hooks.answers import read_answers, write_answers
from fastkit_hooks.envfile import write_env_file

CONTEXT = {
    "project_name": "myapp",
    "description": "Uses {{ braces }}, {% tags %}, \"quotes\", 'single' and \\backslash",
    "auth": "jwt",
    "__sql": "yes",
    "_fastkit": {"template": "rest-api", "version": "9.9.9"},
}


def test_answers_file_keeps_text_literally_in_the_questions_order(tmp_path: Path) -> None:
    write_answers(tmp_path, dict(sorted(CONTEXT.items())), list(CONTEXT))

    data = read_answers(tmp_path / ".fastkit.yaml")

    assert data == {
        "template": "rest-api",
        "fastkit_version": "9.9.9",
        "answers": {
            "project_name": "myapp",
            "description": CONTEXT["description"],
            "auth": "jwt",
        },
    }
    assert list(data["answers"]) == ["project_name", "description", "auth"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [("answers: [1, 2", "not valid YAML"), ("- a list", "must hold a mapping")],
)
def test_bad_answers_files_are_refused(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(content)

    with pytest.raises(ValueError, match=reason):
        read_answers(path)


def test_missing_answers_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        read_answers(tmp_path / "missing.yaml")


def test_each_env_file_gets_its_own_secret(tmp_path: Path) -> None:
    secrets = []
    for name in ("one", "two"):
        project = tmp_path / name
        project.mkdir()
        (project / ".env.example").write_text("# comment\nSECRET_KEY=generate-me\nX=1\n")
        lines = write_env_file(project).read_text().splitlines()
        assert lines[0] == "# comment" and lines[2] == "X=1"
        secrets.append(lines[1].removeprefix("SECRET_KEY="))

    assert secrets[0] != secrets[1]
    assert all(len(secret) >= 48 for secret in secrets)
