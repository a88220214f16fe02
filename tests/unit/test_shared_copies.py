"""Shared hook code and template files have one source; copies must not drift."""

import json
from pathlib import Path

import pytest

from support import REPO
from sync_script import repo_copy, sync


def test_no_copy_has_drifted() -> None:
    assert sync.drifted() == [], "run `python hooks/sync.py` after editing hooks/ or _shared/"


def test_every_cookiecutter_carries_the_hooks() -> None:
    for template in sync.template_dirs():
        assert (template / "hooks" / "pre_gen_project.py").exists()
        assert (template / "fastkit_hooks" / "rules.py").exists()
    assert [t.name for t in sync.template_dirs()] == [
        "ai-backend",
        "fullstack",
        "microservice",
        "rest-api",
    ]


def test_edits_to_a_copy_are_reported_and_repaired(tmp_path: Path) -> None:
    root = repo_copy(tmp_path)
    copy = root / "cookiecutters/rest-api/fastkit_hooks/names.py"
    shared_copy = root / "cookiecutters/rest-api/{{cookiecutter.project_name}}/app/core/errors.py"
    spec = root / "cookiecutters/rest-api/cookiecutter.json"
    copy.write_text(copy.read_text() + "# edited by hand\n")
    shared_copy.unlink()
    spec.write_text(spec.read_text().replace('"mysql", ', ""))

    assert sync.drifted(root) == [
        "cookiecutters/rest-api/cookiecutter.json",
        "cookiecutters/rest-api/fastkit_hooks/names.py",
        "cookiecutters/rest-api/{{cookiecutter.project_name}}/app/core/errors.py",
    ]
    sync.sync(root)
    assert sync.drifted(root) == []


def test_a_new_fastkit_version_reaches_the_templates(tmp_path: Path) -> None:
    root = repo_copy(tmp_path)
    init = root / "cli/fastkit/__init__.py"
    init.write_text(init.read_text().replace(sync.fastkit_version(), "9.9.9"))

    assert sync.drifted(root) == [
        f"cookiecutters/{t}/cookiecutter.json"
        for t in ("ai-backend", "fullstack", "microservice", "rest-api")
    ]
    sync.sync(root)
    assert '"version": "9.9.9"' in (root / "cookiecutters/rest-api/cookiecutter.json").read_text()


def test_every_copy_is_marked_generated_for_tools_and_no_source_is() -> None:
    """GitHub folds them in diffs (.gitattributes); ripgrep skips them (.ignore)."""
    attributes = (REPO / ".gitattributes").read_text().splitlines()
    ignored = (REPO / ".ignore").read_text().splitlines()
    copies = {
        copy.relative_to(REPO).as_posix()
        for template in sync.template_dirs()
        for copy in sync.expected_copies(template)
    }
    mako = "cookiecutters/microservice/{{cookiecutter.project_name}}/migrations/script.py.mako"

    assert {line.removesuffix(" linguist-generated=true") for line in attributes[1:]} == copies
    assert {line.removeprefix("/") for line in ignored[1:]} == copies
    assert mako in copies  # a copy its own text cannot mark
    assert "cookiecutters/_shared/project/migrations/script.py.mako" not in copies


def test_every_copy_says_where_it_comes_from() -> None:
    for template in sync.template_dirs():
        for copy in sync.expected_copies(template):
            if copy.name == "cookiecutter.json":  # JSON has no comments: a key says it
                assert json.loads(copy.read_text())["_generated"].startswith("by hooks/sync.py")
            elif copy.suffix != ".mako":  # copied without rendering: a marker would show
                assert sync.is_synced_copy(copy), copy


def test_a_copy_whose_source_is_gone_is_reported_and_removed(tmp_path: Path) -> None:
    root = repo_copy(tmp_path)
    source = root / "cookiecutters/_shared/choices/db/sqlite/fragments/env/20.env"
    source.unlink()

    copies = [
        f"cookiecutters/{t}/templates/fragments/env/20-db=sqlite.env"
        for t in ("ai-backend", "fullstack", "microservice", "rest-api")
    ]
    gone = [f"{copy} (no source)" for copy in copies]
    assert sync.drifted(root) == [*gone, ".gitattributes", ".ignore"]  # listed there too
    sync.sync(root)
    assert not any((root / c).exists() for c in copies) and sync.drifted(root) == []


def test_a_part_reaches_the_templates_that_name_it_and_no_other() -> None:
    """cookiecutters/_shared/parts/service (token verification...): the service types."""
    tokens = "{{cookiecutter.project_name}}/app/core/tokens.py"
    fragment = "templates/fragments/settings-fields/50-auth=jwt.py"
    has = {t.name: (t / tokens).exists() and (t / fragment).exists() for t in sync.template_dirs()}

    assert has == {"ai-backend": True, "fullstack": False, "microservice": True, "rest-api": False}
    source = REPO / "cookiecutters/_shared/parts/service/project/app/core/tokens.py"
    copy = sync.expected_copies(REPO / "cookiecutters/ai-backend")[
        REPO / "cookiecutters/ai-backend" / tokens
    ]
    assert copy.endswith(source.read_bytes())


def test_a_layer_that_is_not_there_is_reported(tmp_path: Path) -> None:
    root = repo_copy(tmp_path)
    declaration = root / "cookiecutters/ai-backend/type.yaml"
    declaration.write_text(declaration.read_text().replace("layers: [service]", "layers: [servce]"))

    with pytest.raises(ValueError) as refused:
        sync.drifted(root)
    assert str(refused.value) == "ai-backend/type.yaml: no layer 'servce' in _shared/parts"


def test_a_choice_folder_fragment_reaches_the_types_that_offer_the_value() -> None:
    """choices/db/mysql/fragments/env/20.env is env/20-db=mysql.env where mysql is offered;
    a name that adds a condition keeps it after the folder's."""
    env = "templates/fragments/env"
    has = {t.name: (t / env / "20-db=mysql.env").exists() for t in sync.template_dirs()}
    source = REPO / "cookiecutters/_shared/choices/broker/redis/fragments/env/42-__celery.env"
    copy = REPO / "cookiecutters/rest-api" / env / "42-broker=redis+__celery.env"

    assert has == {"ai-backend": False, "fullstack": True, "microservice": True, "rest-api": True}
    assert copy.read_bytes().startswith(source.read_bytes())


def test_a_fragment_copy_renders_as_its_source() -> None:
    from jinja2 import Environment

    copy = REPO / "cookiecutters/rest-api/templates/fragments/settings-fields/20-db=sqlite.py"
    source = REPO / "cookiecutters/_shared/choices/db/sqlite/fragments/settings-fields/20.py"
    render = Environment(keep_trailing_newline=True).from_string

    assert copy.read_text().startswith(source.read_text())  # indentation kept
    assert render(copy.read_text()).render(c={}).rstrip("\n") == (
        render(source.read_text()).render(c={}).rstrip("\n")
    )


def test_the_marker_renders_to_nothing_in_projects() -> None:
    from jinja2 import Environment

    template = REPO / "cookiecutters/rest-api/{{cookiecutter.project_name}}/.editorconfig"
    source = REPO / "cookiecutters/_shared/project/.editorconfig"

    rendered = Environment(keep_trailing_newline=True).from_string(template.read_text()).render()
    assert rendered == source.read_text()
