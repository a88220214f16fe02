"""Every supported combination renders cleanly, with pytest-cookies and plain cookiecutter."""

import ast
import itertools
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from fastkit.generators.project_generator import generate_project
from fastkit.layers.copies import VERBATIM_SUFFIXES
from fastkit_hooks.layout import FIRST_PARTY, LAYER_OF_ROLE, domain_file, domain_tests_dir
from fastkit_hooks.names import MAX_NAME_LENGTH, normalized
from fastkit_hooks.pruning import disabled_paths
from fastkit_hooks.spec import choice_questions, derived_flags
from support import (
    COOKIECUTTERS,
    EXTRAS,
    REST_API,
    TEMPLATES,
    combinations,
    combo_id,
    covering_combinations,
    greedy_cover,
    needed_services,
    options,
    rest_api_options,
    template_meta,
    tree,
    type_combinations,
)

pytestmark = pytest.mark.bake

COMBOS = covering_combinations()
META = template_meta()
# Each project type with each combination of its covering set.
CASES = [
    (project_type, combo) for project_type in TEMPLATES for combo in type_combinations(project_type)
]


def case_id(case: tuple[str, dict[str, str]]) -> str:
    return f"{case[0]}-{combo_id(case[1])}"


# Jinja left in the output; GitHub's own `${{ ... }}` expressions are meant to be there.
UNRENDERED = re.compile(r"(?<!\$)\{\{|\{%|\{#|cookiecutter\.")
# The compose and CI service name of each server a project needs.
SERVICE_NAME = {"mysql": "mariadb"}
# Each extra's footprint, and when it must be there: with the option off, no file,
# import, setting, dependency, compose service or CI step of it may remain.
FOOTPRINTS: dict[str, tuple[re.Pattern[str], Any]] = {
    "cache": (
        re.compile(r"app\.core\.cache|\bCache\b(?!-Control)|cache_ttl|CACHE_TTL"),
        lambda c: c["cache"] != "none",
    ),
    "redis": (re.compile(r"(?i)redis"), lambda c: "redis" in needed_services(c)),
    "queue": (
        re.compile(r"app\.worker|task_queue|TASK_QUEUE|/tasks"),
        lambda c: c["queue"] != "none",
    ),
    "celery": (re.compile(r"(?i)celery"), lambda c: c["queue"] == "celery"),
    "rq": (re.compile(r"(?i)\brq\b"), lambda c: c["queue"] == "rq"),
    "rabbitmq": (re.compile(r"(?i)rabbitmq|amqp"), lambda c: "rabbitmq" in needed_services(c)),
    "docker": (re.compile(r"(?i)docker|compose|hadolint"), lambda c: c["docker"] == "yes"),
    "k8s": (re.compile(r"kubectl|kustomiz|deploy/k8s"), lambda c: c.get("deploy") == "k8s"),
    "github": (re.compile(r"(?i)github"), lambda c: c["ci"] == "github"),
    "gitlab": (re.compile(r"(?i)gitlab"), lambda c: c["ci"] == "gitlab"),
    # A type that does not ask (microservice) always serves metrics.
    "metrics": (
        re.compile(r"(?i)prometheus|/metrics\b"),
        lambda c: c.get("metrics", "yes") == "yes",
    ),
    # SQLAlchemy's asyncio runs database calls in greenlets: coverage must be told, or
    # it reports the lines after one as missed.
    "greenlet coverage": (
        re.compile(r'concurrency = \["greenlet"'),
        lambda c: c.get("db") in ("postgres", "mysql", "sqlite"),
    ),
    "schema checks": (
        re.compile(r"check-jsonschema|check_jsonschema"),
        lambda c: c["docker"] == "yes" or c["ci"] != "none",
    ),
}


def bake(
    cookies: Any, combo: dict[str, str], name: str = "baked", project_type: str = "rest-api"
) -> Path:
    result = cookies.bake(
        extra_context={"project_name": name, **combo}, template=str(TEMPLATES[project_type])
    )
    assert result.exit_code == 0, result.exception
    path: Path = result.project_path
    return path


def context_flags(meta: dict[str, Any], combo: dict[str, str]) -> dict[str, str]:
    """The template's computed `__` flags for these answers, as cookiecutter renders them."""
    return derived_flags(meta, {"project_name": "baked", **combo})


def in_layout(path: str, architecture: str) -> list[str]:
    """Where a manifest path (written domain-first) lives in this architecture."""
    parts = path.split("/")
    if architecture == "layered" and parts[:2] == ["app", "domains"] and len(parts) == 3:
        return [domain_file(architecture, parts[2], role) for role in LAYER_OF_ROLE]
    if architecture == "layered" and parts[:2] == ["tests", "domains"]:
        return ["/".join([domain_tests_dir(architecture, parts[2]), *parts[3:]])]
    return [path]


def first_party_imports(path: Path) -> list[str]:
    return [
        node.module
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom)
        and node.level == 0
        and node.module
        and node.module.split(".")[0] in FIRST_PARTY
    ]


def module_exists(project: Path, module: str) -> bool:
    base = project / Path(*module.split("."))
    return base.with_suffix(".py").exists() or base.is_dir()


def sync_dependencies(project: Path) -> list[str]:
    """Project functions used as `Depends(f)` that are plain `def`: FastAPI runs each in
    a worker thread, a thread hop on every request that needs it."""
    functions: dict[str, bool] = {}
    depended_on: set[str] = set()
    for path in (project / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                functions[node.name] = isinstance(node, ast.AsyncFunctionDef)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Depends":
                depended_on.update(arg.id for arg in node.args if isinstance(arg, ast.Name))
    return sorted(name for name in depended_on if functions.get(name) is False)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_renders_with_nothing_left_over(cookies: Any, case: tuple[str, dict[str, str]]) -> None:
    project_type, combo = case
    meta = template_meta(TEMPLATES[project_type])
    project = bake(cookies, combo, project_type=project_type)
    files = tree(project)

    leftovers = [
        p
        for p, body in files.items()
        if Path(p).suffix not in VERBATIM_SUFFIXES and UNRENDERED.search(body.decode())
    ]
    assert leftovers == []
    # A module name with a dot cannot be imported: a variant the hooks left behind.
    assert [p for p in files if p.endswith(".py") and "." in Path(p).stem] == []

    pruned = disabled_paths(meta["_fastkit"]["features"], context_flags(meta, combo))
    remaining = [
        p
        for path in pruned
        for p in in_layout(path, combo["architecture"])
        if (project / p).exists()
    ]
    assert remaining == []

    broken = [
        f"{path.relative_to(project)}: {module}"
        for path in project.rglob("*.py")
        for module in first_party_imports(path)
        if not module_exists(project, module)
    ]
    assert broken == []
    assert sync_dependencies(project) == []
    # A project named like one of its dependencies would shadow it: each is a name
    # the template refuses.
    reserved = {normalized(n) for n in meta["_fastkit"]["reserved_names"]}
    requirements = dependency_names(tomllib.loads((project / "pyproject.toml").read_text()))
    assert requirements - reserved == set()

    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=project, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_plain_cookiecutter_gives_the_same_tree_as_fastkit(
    tmp_path: Path, case: tuple[str, dict[str, str]]
) -> None:
    project_type, combo = case
    plain_dir, fastkit_dir = tmp_path / "plain", tmp_path / "fastkit"
    answers = [f"{key}={value}" for key, value in combo.items()]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            str(TEMPLATES[project_type]),
            "project_name=same",
            *answers,
            "-o",
            str(plain_dir),
        ],
        check=True,
        capture_output=True,
    )
    generate_project(options(project_type, "same", **combo), fastkit_dir)

    plain, generated = tree(plain_dir / "same"), tree(fastkit_dir / "same")
    plain_env, generated_env = plain.pop(".env"), generated.pop(".env")
    if b"=generate-me" in plain[".env.example"]:  # a fresh secret for each project
        assert plain_env != generated_env
    assert plain == generated


@pytest.mark.parametrize("project_type", TEMPLATES)
def test_a_lone_copy_of_the_cookiecutter_still_generates(tmp_path: Path, project_type: str) -> None:
    """Given by a relative path, as the README does (`cookiecutter cookiecutters/rest-api`):
    the hooks run in the new project's folder, and must still find the template."""
    lone = tmp_path / "somewhere" / project_type
    shutil.copytree(TEMPLATES[project_type], lone)

    subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            project_type,
            "project_name=alone",
            "architecture=layered",
            "-o",
            "../out",
        ],
        cwd=lone.parent,
        check=True,
        capture_output=True,
    )

    assert (tmp_path / "out/alone/app/api/routes/item.py").exists()
    assert (tmp_path / "out/alone/.fastkit.yaml").exists()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["project_name=ok", "auth=jwt", "db=none"], "choose db from sqlite, postgres"),
        (["project_name=fastapi"], "shadows a package"),
        (["project_name=bad name"], "is not allowed"),
    ],
)
def test_plain_cookiecutter_refuses_in_the_pre_gen_hook(
    tmp_path: Path, answers: list[str], message: str
) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cookiecutter",
            "--no-input",
            str(REST_API),
            *answers,
            "-o",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )

    assert run.returncode != 0
    assert message in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_longest_name_still_formats(cookies: Any) -> None:
    name = "a" * MAX_NAME_LENGTH
    project = bake(cookies, {"auth": "session", "db": "postgres", "architecture": "layered"}, name)

    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=project, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


HOSTILE_TEXT = {
    "description": 'emoji 🚀 "quoted" \'single\' back\\slash # not a comment """ ${HOME} '
    "\u200f<b>*md*</b> `tick` [link](x) | pipe",
    "author": 'O\'Brien "The Dev" <dev@example.com> \\ # ; = [x]',
}
# Plain cookiecutter renders given answers as Jinja (its own behaviour); fastkit keeps them.
JINJA_TEXT = " {{ x }} {% y %} {# z #}"


def assert_text_kept_in_files_that_parse(project: Path, description: str, author: str) -> None:
    for path in project.rglob("*"):
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        if path.suffix == ".toml":
            tomllib.loads(text)
        elif path.suffix in (".yaml", ".yml"):
            list(yaml.safe_load_all(text))
        elif path.suffix == ".json":
            json.loads(text)
        elif path.suffix == ".py":
            ast.parse(text, filename=str(path))
    pyproject = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == description
    assert pyproject["project"]["authors"][0]["name"] == author
    config = ast.parse((project / "app/core/config.py").read_text(encoding="utf-8"))
    described = [
        node.value
        for node in ast.walk(config)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "PROJECT_DESCRIPTION" for t in node.targets)
    ]
    assert [ast.literal_eval(value) for value in described] == [description]
    assert "<b>" not in (project / "README.md").read_text(encoding="utf-8")
    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=project, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_plain_cookiecutter_keeps_any_text_in_files_that_parse(cookies: Any) -> None:
    combo = {"db": "postgres", "docker": "yes", "ci": "github", "queue": "celery"}
    result = cookies.bake(
        extra_context={"project_name": "hostile", **combo, **HOSTILE_TEXT}, template=str(REST_API)
    )

    assert result.exit_code == 0, result.exception
    assert_text_kept_in_files_that_parse(result.project_path, **HOSTILE_TEXT)


def test_fastkit_keeps_any_text_jinja_included_in_files_that_parse(tmp_path: Path) -> None:
    text = {key: value + JINJA_TEXT for key, value in HOSTILE_TEXT.items()}
    combo = {"db": "mongodb", "docker": "yes", "ci": "gitlab", "queue": "rq"}

    project = generate_project(rest_api_options("hostile", **combo, **text), tmp_path)

    assert_text_kept_in_files_that_parse(project, **text)


def dependency_names(pyproject: dict[str, Any]) -> set[str]:
    requirements = [
        *pyproject["project"]["dependencies"],
        *pyproject["project"]["optional-dependencies"]["dev"],
    ]
    return {normalized(re.split(r"[\[<>=!~ ]", r, maxsplit=1)[0]) for r in requirements}


def test_secrets_are_generated_and_ignored_by_git(cookies: Any) -> None:
    project = bake(cookies, {"auth": "jwt", "db": "sqlite", "architecture": "domain"})

    env = dict(
        line.split("=", 1)
        for line in (project / ".env").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert len(env["SECRET_KEY"]) >= 48 and env["SECRET_KEY"] != "generate-me"
    assert ".env" in (project / ".gitignore").read_text().splitlines()
    assert "SECRET_KEY=generate-me" in (project / ".env.example").read_text()


@pytest.mark.parametrize(
    ("frontend", "auth", "braces"),
    [("react", "session", "src/pages/Layout.tsx"), ("vue", "jwt", "src/App.vue")],
)
def test_the_frontend_sources_reach_the_project_as_written(
    cookies: Any, frontend: str, auth: str, braces: str
) -> None:
    """JSX and Vue keep their braces (`search={{ page: 1 }}`, `{{ user.email }}`):
    the pages are copied verbatim, never rendered; the chosen frontend's files join
    what every frontend shares, and the way of signing in is the chosen one's file."""
    fullstack = COOKIECUTTERS / "fullstack"
    sources = (
        fullstack / "flags/frontend/project/frontend",
        fullstack / f"choices/frontend/{frontend}/project/frontend.{frontend}",
    )
    combo = {"frontend": frontend, "auth": auth, "db": "sqlite"}
    project = bake(cookies, combo, "pages", "fullstack")
    written = {
        path.relative_to(source).as_posix(): path.read_bytes()
        for source in sources
        for path in source.rglob("*")
        if path.suffix in VERBATIM_SUFFIXES
    }
    variants = {
        name: written.pop(name) for name in list(written) if name.startswith("src/session.")
    }
    made = {
        name: body
        for name, body in tree(project / "frontend").items()
        if Path(name).suffix in VERBATIM_SUFFIXES
    }

    assert made == {**written, "src/session.ts": variants[f"src/session.{auth}.ts"]}
    assert b"{{ " in made[braces]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_extra_leaves_a_footprint_only_when_chosen(
    cookies: Any, case: tuple[str, dict[str, str]]
) -> None:
    project_type, combo = case
    project = bake(cookies, combo, "foot", project_type)
    files = tree(project)
    files.pop(".fastkit.yaml")  # records every answer, unused ones included
    # .env is .env.example (searched) with fresh random secrets, which spell a footprint
    # by chance now and then (a JWT_SECRET with "amqp" in it failed CI once).
    files.pop(".env")
    # npm's record of the packages the frontend installs: their names and addresses
    # (is-docker, github.com funding links), none of the project's own features.
    files.pop("frontend/package-lock.json", None)
    text = "\n".join(f"{path}\n{body.decode()}" for path, body in files.items())

    wrong = [
        f"{feature} {'missing' if wanted(combo) else 'left over'}"
        for feature, (pattern, wanted) in FOOTPRINTS.items()
        if bool(pattern.search(text)) != wanted(combo)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "case", [c for c in CASES if c[1]["docker"] == "yes" or c[1]["ci"] != "none"], ids=case_id
)
def test_compose_and_ci_run_exactly_the_chosen_services(
    cookies: Any, case: tuple[str, dict[str, str]]
) -> None:
    project_type, combo = case
    project = bake(cookies, combo, "svc", project_type)
    needed = {SERVICE_NAME.get(service, service) for service in needed_services(combo)}

    if combo["docker"] == "yes":
        compose = yaml.safe_load((project / "compose.yaml").read_text())
        own = {"app"} | ({"worker"} if combo["queue"] != "none" else set())
        if combo["db"] in ("sqlite", "postgres", "mysql"):
            own.add("migrate")
        assert set(compose["services"]) == needed | own
    if combo["ci"] == "github":
        workflow = yaml.safe_load((project / ".github/workflows/ci.yml").read_text())
        assert set(workflow["jobs"]["test"].get("services", {})) == needed
        assert ("docker" in workflow["jobs"]) == (combo["docker"] == "yes")
    if combo["ci"] == "gitlab":
        pipeline = yaml.safe_load((project / ".gitlab-ci.yml").read_text())
        aliases = {service["alias"] for service in pipeline["test"].get("services", [])}
        assert aliases == needed
        assert ("build-image" in pipeline) == (combo["docker"] == "yes")


def every_extras_combination(project_type: str, db: str | None) -> list[dict[str, str]]:
    """Combinations with this database (None: with every database) in which every
    three extras meet in every combination of their values the table allows, and
    every value of auth, architecture, deployment (and model, frontend: the other
    answers; with None, the database too) meets every value of every extra: a
    greedy cover. The extras' code is conditioned on one or two flags at a time
    (each flag read from up to three answers: the Redis of a cache or a queue's
    broker, say), so three at a time meets every such condition both ways; all 144
    extras combinations per database rendered 1,440 projects, over ten minutes."""
    candidates = [
        combo for combo in combinations(TEMPLATES[project_type]) if db in (None, combo["db"])
    ]
    extras = [key for key in EXTRAS if key != "deploy" and key in candidates[0]]
    others = [key for key in candidates[0] if key not in extras and (db is None or key != "db")]

    def meets(combo: dict[str, str]) -> set[tuple[tuple[str, str], ...]]:
        trios = {
            tuple((key, combo[key]) for key in trio) for trio in itertools.combinations(extras, 3)
        }
        pairs = {((key, combo[key]), (extra, combo[extra])) for key in others for extra in extras}
        return trios | pairs

    return greedy_cover(candidates, meets)


# fullstack's Python is rest-api's accounts part (crossed with every database there)
# plus files no database changes: its extras meet each database value by value, in one test.
EXTRAS_LINTED_BY_DATABASE = [
    (t, db)
    for t, path in TEMPLATES.items()
    for db in (choice_questions(template_meta(path))["db"] if t != "fullstack" else [None])
]


@pytest.mark.parametrize(("project_type", "db"), EXTRAS_LINTED_BY_DATABASE)
def test_the_extras_three_at_a_time_are_lint_and_format_clean(
    tmp_path: Path, project_type: str, db: str | None
) -> None:
    """Wider than the covering set: extras meet each other too (Docker with no
    service to point at, a queue beside a Redis cache, say), for ruff's two checks."""
    for number, combo in enumerate(every_extras_combination(project_type, db)):
        generate_project(options(project_type, f"x{number}", **combo), tmp_path)

    for tool in (["check", "."], ["format", "--check", "."]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *tool], cwd=tmp_path, capture_output=True, text=True
        )
        assert ruff.returncode == 0, ruff.stdout[-3000:] + ruff.stderr
