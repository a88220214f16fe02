"""Gathering files are assembled from the fragments whose condition the answers meet."""

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, TemplateRuntimeError

from fastkit_hooks.fragments import Fragments, holds

GATHERING = 'LOG_LEVEL=INFO\n{{- fragments("env") }}\nPORT=8000\n'


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
    return env.get_template(".env.example").render(cookiecutter=answers, c=answers)


def test_fragments_come_in_name_order_as_sections_when_their_condition_holds(
    tmp_path: Path,
) -> None:
    fragments = {
        "30-__cache.env": "CACHE_TTL=60\n",
        "20-db=postgres.env": "# the database\nDATABASE_URL=postgresql://{{ c.name }}\n",
        "20-db=mysql.env": "DATABASE_URL=mysql://\n",
        "10-always.env": "WORKERS=2\n",
        "40-__docker+db=postgres.env": "POSTGRES_USER=app\n",
        "50-__docker.env": "\n# a section after a blank line\n",
    }
    answers = {"name": "shop", "db": "postgres", "__cache": "yes", "__docker": ""}

    assert render(tmp_path, fragments, answers) == (
        "LOG_LEVEL=INFO\nWORKERS=2\n# the database\nDATABASE_URL=postgresql://shop\n"
        "CACHE_TTL=60\nPORT=8000\n"
    )
    answers = {"name": "shop", "db": "mysql", "__cache": "", "__docker": "yes"}
    assert render(tmp_path / "again", fragments, answers) == (
        "LOG_LEVEL=INFO\nWORKERS=2\nDATABASE_URL=mysql://\n\n# a section after a blank line"
        "\nPORT=8000\n"
    )


def test_conditions() -> None:
    answers = {"db": "postgres", "__auth": "yes", "__cache": ""}
    assert holds("always", answers)
    assert holds("db=postgres", answers)
    assert not holds("db=mysql", answers)
    assert holds("__auth+db=postgres", answers)
    assert not holds("__auth+__cache", answers)
    with pytest.raises(TemplateRuntimeError, match="no answer '__unknwon'"):
        holds("__auth+__unknwon", answers)
    assert holds("!__cache", answers) and not holds("!__auth", answers)
    assert holds("__auth+!db=mysql", answers) and not holds("!db=postgres", answers)


def test_a_heading_comes_only_with_a_fragment(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "fragments" / "volumes"
    folder.mkdir(parents=True)
    (folder / "10-__redis.yaml").write_text("  redis-data:\n")
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "compose.yaml").write_text(
        'services: {}\n{{- fragments("volumes", heading="\\n\\nvolumes:") }}\n'
    )
    env = Environment(
        loader=FileSystemLoader([tmp_path / "project", tmp_path / "templates"]),
        extensions=[Fragments],
        keep_trailing_newline=True,
    )
    template = env.get_template("compose.yaml")

    with_redis = template.render(cookiecutter={"__redis": "yes"})
    assert with_redis == "services: {}\n\nvolumes:\n  redis-data:\n"
    assert template.render(cookiecutter={"__redis": ""}) == "services: {}\n"


def test_a_footer_closes_the_list_and_goes_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "fragments" / "untyped"
    folder.mkdir(parents=True)
    (folder / "10-__celery.toml").write_text('    "celery.*",\n')
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "pyproject.toml").write_text(
        'strict = true\n{{- fragments("untyped", heading="\\nmodule = [", footer="\\n]") }}\n'
    )
    env = Environment(
        loader=FileSystemLoader([tmp_path / "project", tmp_path / "templates"]),
        extensions=[Fragments],
    )
    template = env.get_template("pyproject.toml")

    with_celery = template.render(cookiecutter={"__celery": "yes"})
    assert with_celery == 'strict = true\nmodule = [\n    "celery.*",\n]'
    assert template.render(cookiecutter={"__celery": ""}) == "strict = true"


def test_a_features_imports_join_the_block_in_ruffs_order(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "fragments" / "imports"
    folder.mkdir(parents=True)
    (folder / "10-__cache.py").write_text("from app.core.cache import create_cache\n")
    (folder / "20-__sql.py").write_text("from app.db.session import create_engine\n")
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "main.py").write_text(
        "{% filter sort_imports -%}\n"
        "from app.api import router\n"
        "from app.core.config import Settings\n"
        '{{- fragments("imports") }}\n'
        "{% endfilter %}"
    )
    env = Environment(
        loader=FileSystemLoader([tmp_path / "project", tmp_path / "templates"]),
        extensions=[Fragments],
    )
    template = env.get_template("main.py")

    assert template.render(cookiecutter={"__cache": "yes", "__sql": "yes"}) == (
        "from app.api import router\n"
        "from app.core.cache import create_cache\n"
        "from app.core.config import Settings\n"
        "from app.db.session import create_engine\n"
    )
    assert template.render(cookiecutter={"__cache": "", "__sql": ""}) == (
        "from app.api import router\nfrom app.core.config import Settings\n"
    )


def test_a_folder_with_no_fragments_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateRuntimeError, match="no fragments in templates/fragments/env/"):
        render(tmp_path, {}, {"db": "sqlite"})


def test_an_optional_folder_may_be_missing_in_a_project_type(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "conftest.py").write_text(
        'client = make()\n{{- fragments("test-client", optional=True) }}\nyield client\n'
    )
    env = Environment(
        loader=FileSystemLoader([tmp_path / "project", tmp_path / "templates"]),
        extensions=[Fragments],
        keep_trailing_newline=True,
    )

    rendered = env.get_template("conftest.py").render(cookiecutter={})
    assert rendered == "client = make()\nyield client\n"
