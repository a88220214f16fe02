"""A type's cookiecutter.json is built from its layers and the choice folders
(fastkit.layers.declarations): what one value of one question gives lives in its
folder, and a layer from elsewhere builds a type of its own (fastkit.layers.build)."""

import json
import re
from pathlib import Path

import pytest
import yaml

from fastkit.layers.build import build
from fastkit_hooks.spec import derived_flags
from support import REPO, tree
from sync_script import offer, repo_copy, sync

CHOICES = "cookiecutters/_shared/choices"


def fragment(path: Path) -> str:
    """A fragment copy without the marker on its last line (a Jinja comment)."""
    return path.read_text().rpartition("{#")[0]


def answers(spec: dict, **chosen: str) -> dict[str, str]:
    defaults = {key: value[0] for key, value in spec.items() if isinstance(value, list)}
    return {**defaults, "project_name": "shop", **chosen}


def test_a_value_brought_by_its_own_folder_reaches_every_flag_it_names(tmp_path: Path) -> None:
    root = repo_copy(tmp_path)
    folder = root / CHOICES / "db/cockroach"
    folder.mkdir()
    (folder / "choice.yaml").write_text(
        'label: "cockroach: CockroachDB"\n'
        "flags: [__sql, __server_sql, __servers, __database, __lifespan, __credentials]\n"
        "sets: {__store: sql}\n"
    )
    offer(root, "rest-api", "db", "cockroach")
    sync.sync(root)
    spec = json.loads((root / "cookiecutters/rest-api/cookiecutter.json").read_text())

    flags = derived_flags(spec, answers(spec, db="cockroach", docker="yes"))
    assert spec["db"][-1] == "cockroach"
    assert spec["__prompts__"]["db"]["cockroach"] == "cockroach: CockroachDB"
    assert {flag: flags[flag] for flag in ("__sql", "__server_sql", "__mongo", "__store")} == {
        "__sql": "yes",
        "__server_sql": "yes",
        "__mongo": "",
        "__store": "sql",
    }
    assert flags["__compose_credentials"] == "yes"
    # the other types do not offer it, so none of their flags can read it
    assert "cockroach" not in (root / "cookiecutters/microservice/cookiecutter.json").read_text()


def test_a_value_a_type_does_not_offer_is_in_no_expression_of_it() -> None:
    spec = json.loads((REPO / "cookiecutters/ai-backend/cookiecutter.json").read_text())
    expressions = {key: value for key, value in spec.items() if key.startswith("__")}

    assert spec["db"] == ["none", "sqlite", "postgres"]
    assert "mysql" not in json.dumps(expressions) and "mongodb" not in json.dumps(expressions)
    assert set(spec["_fastkit"]["not_offered"]["db"]) == {"mysql", "mongodb"}


def test_a_later_layer_relabels_a_value_and_keeps_what_it_gives() -> None:
    spec = json.loads((REPO / "cookiecutters/ai-backend/cookiecutter.json").read_text())
    shared = (REPO / CHOICES / "queue/celery/choice.yaml").read_text()

    label = spec["__prompts__"]["queue"]["celery"]
    assert label.startswith("celery: Celery workers load the model") and label not in shared
    flags = derived_flags(spec, answers(spec, queue="celery"))
    assert (flags["__celery"], flags["__queue"], flags["__jobs"]) == ("yes", "yes", "queue")


def test_a_layer_replaces_what_a_value_gives_for_its_types() -> None:
    """jwt signs users in in the REST API; in a service it verifies tokens from elsewhere."""
    rest = json.loads((REPO / "cookiecutters/rest-api/cookiecutter.json").read_text())
    service = json.loads((REPO / "cookiecutters/microservice/cookiecutter.json").read_text())

    signs_in = derived_flags(rest, answers(rest, auth="jwt"))
    verifies = derived_flags(service, answers(service, auth="jwt"))
    assert (signs_in["__passwords"], signs_in["__verify"]) == ("yes", "")
    assert (verifies["__passwords"], verifies["__verify"]) == ("", "yes")


def test_a_type_places_its_own_question_where_it_says() -> None:
    spec = json.loads((REPO / "cookiecutters/ai-backend/cookiecutter.json").read_text())
    questions = [key for key in spec if not key.startswith("_")]

    assert questions[:5] == ["project_name", "description", "author", "model", "auth"]
    assert "metrics" not in questions  # the service layer removes it: always on


def test_a_service_described_once_reaches_compose_ci_and_env(tmp_path: Path) -> None:
    """The `service:` block of a value's choice.yaml is its compose service, its CI
    service, its credentials."""
    root = repo_copy(tmp_path)
    folder = root / CHOICES / "db/cockroach"
    folder.mkdir()
    (folder / "choice.yaml").write_text(
        (root / CHOICES / "db/postgres/choice.yaml")
        .read_text()
        .replace("postgres: PostgreSQL", "cockroach: CockroachDB")
        .replace("name: postgres", "name: cockroach")
        .replace("postgres:17-alpine", "cockroachdb/cockroach:v25.2.0")
    )
    offer(root, "microservice", "db", "cockroach")
    sync.sync(root)
    fragments = root / "cookiecutters/microservice/templates/fragments"

    compose = yaml.safe_load(
        "services:" + fragment(fragments / "compose-services/30-db=cockroach.yaml")
    )
    github = yaml.safe_load(
        "services:\n" + fragment(fragments / "github-services/10-db=cockroach.yml")
    )
    env = fragment(fragments / "env/51-db=cockroach+__compose_credentials.env")
    assert compose["services"]["cockroach"]["image"] == "cockroachdb/cockroach:v25.2.0"
    assert compose["services"]["cockroach"]["volumes"] == [
        "cockroach-data:/var/lib/postgresql/data"
    ]
    assert github["services"]["cockroach"]["ports"] == ["5432:5432"]
    assert env.startswith("POSTGRES_USER={{ c.__db_name }}\nPOSTGRES_PASSWORD=generate-me\n")
    assert not (
        root / "cookiecutters/rest-api/templates/fragments/compose-services/30-db=cockroach.yaml"
    ).exists()


def test_a_value_a_choice_sets_reaches_the_project_as_written() -> None:
    offered = {"db": {"a": {"sets": {"__said": 'it\'s "here" \\ now'}}, "b": {}}}
    expression = sync.declarations.flag_expression("__said", {"from choices": None}, offered)
    spec = {"db": ["a", "b"], "__said": expression}

    assert derived_flags(spec, {"db": "a"})["__said"] == 'it\'s "here" \\ now'
    assert derived_flags(spec, {"db": "b"})["__said"] == ""


def layer(folder: Path, declaration: str, files: dict[str, str] | None = None) -> Path:
    """An extension layer outside the repository: its layer.yaml and files."""
    folder.mkdir(parents=True)
    (folder / "layer.yaml").write_text(declaration)
    for path, text in (files or {}).items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text)
    return folder


def test_a_layer_from_outside_builds_a_type_and_leaves_the_repository_alone(
    tmp_path: Path,
) -> None:
    repository = (REPO / "cookiecutters/rest-api/cookiecutter.json").read_bytes()
    outside = layer(
        tmp_path / "acme",
        "offer: {db: [cockroach]}\n",
        {
            "choices/db/cockroach/choice.yaml": 'label: "cockroach: CockroachDB"\n'
            "flags: [__sql, __server_sql, __database, __lifespan]\nsets: {__store: sql}\n",
            "project/NOTES.md": "Built with the acme layer.\n",
        },
    )

    built = build(REPO / "cookiecutters/rest-api", tmp_path / "built", [outside])

    spec = json.loads((built / "cookiecutter.json").read_text())
    assert spec["db"][-1] == "cockroach"
    assert derived_flags(spec, answers(spec, db="cockroach"))["__store"] == "sql"
    notes = (built / "{{cookiecutter.project_name}}/NOTES.md").read_text()
    assert "Generated from acme/project/NOTES.md by fastkit" in notes.splitlines()[0]
    assert "export-template --layer" in notes.splitlines()[0]
    assert notes.endswith("Built with the acme layer.\n")
    # The type's own files and its copies are all there, as the repository has them.
    assert (built / "hooks/pre_gen_project.py").read_bytes() == (
        REPO / "cookiecutters/rest-api/hooks/pre_gen_project.py"
    ).read_bytes()
    assert (REPO / "cookiecutters/rest-api/cookiecutter.json").read_bytes() == repository


@pytest.mark.parametrize(
    ("declaration", "said"),
    [
        ("offer: {db: [cockroach]}\n", "no choices/db/cockroach/choice.yaml in any layer"),
        ("offer: {colour: [blue]}\n", "'colour' is no question of choices"),
        (None, "is a folder with a layer.yaml"),
        ("offer: {db: [sqlite]}\n", "offers 'sqlite' already"),
        ("offer: {db: psycopg}\n", "offer maps a question to a list of values"),
        ("template: mine\n", "unknown key 'template'"),
        ("- a list\n", "not a mapping"),
        ("offer: {db: [x]\n", "not YAML (line 2)"),
    ],
    ids=["no-choice-folder", "no-such-question", "not-a-layer", "offered-already",
         "offer-not-a-list", "unknown-key", "not-a-mapping", "not-yaml"],
)  # fmt: skip
def test_a_layer_that_offers_what_it_cannot_is_refused_before_anything_is_written(
    tmp_path: Path, declaration: str | None, said: str
) -> None:
    bad = layer(tmp_path / "bad", declaration) if declaration else tmp_path / "bad"
    bad.mkdir(exist_ok=True)

    with pytest.raises(ValueError, match=re.escape(said)):
        build(REPO / "cookiecutters/rest-api", tmp_path / "built", [bad])
    assert not (tmp_path / "built").exists()


@pytest.mark.parametrize("project_type", ["rest-api", "microservice", "ai-backend"])
def test_a_type_built_with_no_layer_is_the_type_as_shipped(
    tmp_path: Path, project_type: str
) -> None:
    """build() writes what sync writes: the same declaration, copies and fragments."""
    shipped = REPO / "cookiecutters" / project_type

    built = build(shipped, tmp_path / project_type, [])

    assert tree(built) == {
        path: text for path, text in tree(shipped).items() if "__pycache__" not in path
    }
