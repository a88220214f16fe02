"""Gathering files are assembled from the fragments whose condition the answers meet."""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from fastkit_hooks.fragments import Fragments, holds

GATHERING = '{% for f in "env" | fragments(c) %}{% include f %}{% endfor -%}\n'


def render(tmp_path: Path, fragments: dict[str, str], answers: dict[str, str]) -> str:
    """Lay the files out as cookiecutter finds them: the project folder, and
    templates/ beside it on the loader's path."""
    folder = tmp_path / "templates" / "fragments" / "env"
    folder.mkdir(parents=True)
    for name, text in fragments.items():
        (folder / name).write_text(text)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / ".env.example").write_text(GATHERING)
    env = Environment(
        loader=FileSystemLoader([tmp_path / "project", tmp_path / "templates"]),
        extensions=[Fragments],
        keep_trailing_newline=True,
    )
    return env.get_template(".env.example").render(c=answers)


def test_fragments_come_in_name_order_when_their_condition_holds(tmp_path: Path) -> None:
    fragments = {
        "30-__cache.env": "CACHE_TTL=60\n",
        "20-db=postgres.env": "DATABASE_URL=postgresql://{{ c.name }}\n",
        "20-db=mysql.env": "DATABASE_URL=mysql://\n",
        "10-always.env": "LOG_LEVEL=INFO\n",
        "40-__docker+db=postgres.env": "POSTGRES_USER=app\n",
    }
    answers = {"name": "shop", "db": "postgres", "__cache": "yes", "__docker": ""}

    assert render(tmp_path, fragments, answers) == (
        "LOG_LEVEL=INFO\nDATABASE_URL=postgresql://shop\nCACHE_TTL=60\n"
    )


def test_conditions() -> None:
    answers = {"db": "postgres", "__auth": "yes", "__cache": ""}
    assert holds("always", answers)
    assert holds("db=postgres", answers)
    assert not holds("db=mysql", answers)
    assert holds("__auth+db=postgres", answers)
    assert not holds("__auth+__cache", answers)
    assert not holds("__unknown", answers)
