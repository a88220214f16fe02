"""Helpers shared by fastkit's test tiers."""

import json
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from fastkit.shared.options import ProjectOptions
from fastkit.shared.templates import load_template
from fastkit_hooks.rules import allowed_values, supported_combinations
from fastkit_hooks.spec import choice_questions

REPO = Path(__file__).resolve().parent.parent
COOKIECUTTERS = REPO / "cookiecutters"
REST_API = COOKIECUTTERS / "rest-api"
MICROSERVICE = COOKIECUTTERS / "microservice"
AI_BACKEND = COOKIECUTTERS / "ai-backend"
FULLSTACK = COOKIECUTTERS / "fullstack"
TEMPLATES = {
    "rest-api": REST_API,
    "microservice": MICROSERVICE,
    "ai-backend": AI_BACKEND,
    "fullstack": FULLSTACK,
}

SERVICES = {
    "postgres": ("PostgreSQL", 5432),
    "mysql": ("MariaDB/MySQL", 3306),
    "redis": ("Redis", 6379),
    "rabbitmq": ("RabbitMQ", 5672),
}


def template_meta(template: Path = REST_API) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((template / "cookiecutter.json").read_text())
    return data


CORE = ("auth", "db", "architecture")
EXTRAS = ("cache", "queue", "broker", "docker", "ci", "metrics", "deploy")


def combinations(template: Path = REST_API) -> Iterator[dict[str, str]]:
    """Every combination the template's table of rules supports (thousands, with extras)."""
    spec = template_meta(template)
    return supported_combinations(spec["_fastkit"]["rules"], choice_questions(spec))


def _requirements(
    combo: dict[str, str],
    spec: dict[str, Any],
    groups: tuple[tuple[str, ...], ...],
    beside_db: bool,
) -> set[tuple[str, ...]]:
    """What one combination covers: its answers to each group of questions taken
    together (auth x db x architecture, say), and each extra's value (with its
    database when `beside_db`), where it was a choice: an extra the other answers
    leave one value for (the broker of a project without Celery) covers nothing. A
    question in no group and not an extra covers each of its values."""
    covered: set[tuple[str, ...]] = {
        tuple(part for key in group for part in (key, combo[key])) for group in groups
    }
    choices = choice_questions(spec)
    grouped = {key for group in groups for key in group}
    others_keys = [k for k in choices if k not in grouped and k not in EXTRAS]
    for key in [k for k in EXTRAS if k in combo] + others_keys:
        others = {k: v for k, v in combo.items() if k != key}
        if len(allowed_values(spec["_fastkit"]["rules"], choices[key], key, others)) > 1:
            where = (combo["db"],) if beside_db and key in EXTRAS else ()
            covered.add((*where, key, combo[key]))
    return covered


def greedy_cover(
    candidates: list[dict[str, str]], meets: Callable[[dict[str, str]], set[Any]]
) -> list[dict[str, str]]:
    """Candidates, in the order picked, that together meet everything any of them
    meets: each time the one meeting most of what is still unmet."""
    covers = [meets(combo) for combo in candidates]
    needed = set().union(*covers)
    chosen: list[dict[str, str]] = []
    while needed:
        best = max(range(len(candidates)), key=lambda i: len(covers[i] & needed))
        chosen.append(candidates[best])
        needed -= covers[best]
    return chosen


def covering_combinations(
    template: Path = REST_API,
    groups: tuple[tuple[str, ...], ...] = (CORE,),
    beside_db: bool = True,
    also: Callable[[dict[str, str]], set[tuple[str, ...]]] = lambda combo: set(),
) -> list[dict[str, str]]:
    """A small set of supported combinations with every combination of the answers
    in each of `groups`, every value of every other question (each extra next to
    every database when `beside_db`) and whatever `also` asks of a combination: a
    greedy set cover."""
    spec = template_meta(template)
    candidates = list(combinations(template))
    chosen = greedy_cover(
        candidates, lambda combo: _requirements(combo, spec, groups, beside_db) | also(combo)
    )
    order = [key for key in (*CORE, *EXTRAS) if key in chosen[0]]
    return sorted(chosen, key=lambda combo: [combo[key] for key in order])


def type_combinations(project_type: str) -> list[dict[str, str]]:
    """The combinations the bake tier renders for a project type.

    rest-api: every auth x database x architecture, each extra next to each database.
    microservice and ai-backend: every auth x database pair and each value of every
    other question (ai-backend's example model among them) once; the code they share
    with rest-api is met there in every combination. fullstack: every frontend x
    auth x database, each other value once.
    """
    if project_type == "fullstack":  # every frontend x auth x database
        return covering_combinations(
            FULLSTACK, groups=(("frontend", "auth", "db"),), beside_db=False
        )
    if project_type in ("microservice", "ai-backend"):
        return covering_combinations(
            TEMPLATES[project_type], groups=(("auth", "db"),), beside_db=False
        )
    return covering_combinations(TEMPLATES[project_type])


# The fullstack projects the generated tier installs and runs, frontend included
# (npm ci, the client, checks, unit tests, build, Playwright): its backend is
# rest-api's accounts part, run there on every auth x database pair, so these few
# meet each frontend with each way of signing in, each database and each CI file.
FULLSTACK_GENERATED = [
    {"frontend": "react", "auth": "jwt", "db": "postgres", "docker": "yes", "ci": "github"},
    {"frontend": "react", "auth": "session", "db": "sqlite", "architecture": "layered"},
    {"frontend": "vue", "auth": "jwt", "db": "mysql", "cache": "redis", "ci": "gitlab"},
    {"frontend": "vue", "auth": "session", "db": "postgres", "docker": "yes"},
    # No MongoDB server here: the backend's tests on mongomock, the frontend's checks
    # and unit tests; no end-to-end run (the app needs the server).
    {"frontend": "vue", "auth": "jwt", "db": "mongodb"},
]


# The architectures in which each auth gets domains from create-domain in the
# generated tier, on every database: both architectures meet the domain renderer.
DOMAINS_IN = {("jwt", "domain"), ("none", "layered")}


def gets_domains(project_type: str, combo: dict[str, str]) -> bool:
    """Domains on every database of each type, with jwt and no auth, in both
    architectures: rest-api jwt/domain and none/layered, microservice and ai-backend
    without auth (their domains are open either way, as their items are); fullstack
    React on PostgreSQL and Vue on MongoDB, where the domains' pages are checked with
    the frontend (the backend's domain code is rest-api's, met there)."""
    if combo["db"] == "none":
        return False
    if project_type == "fullstack":  # one React and one Vue project: their pages too
        return (combo["frontend"], combo["db"]) in (("react", "postgres"), ("vue", "mongodb"))
    if project_type == "rest-api":
        return (combo["auth"], combo["architecture"]) in DOMAINS_IN
    return combo["auth"] == "none"


def generated_combinations(project_type: str) -> list[dict[str, str]]:
    """The combinations the generated tier installs and runs: fewer than the bake
    tier's, which renders every one, resolves each first-party import and runs ruff
    on it; what is left out is a fault only one crossing makes.

    rest-api: its architecture pairwise rather than crossed. Every auth x database
    in one architecture or the other, each auth and each database in both, each
    extra next to each database, and the domains of `DOMAINS_IN` on every database.
    The layered architecture is the domain one's code moved into layers.
    microservice and ai-backend: every database with and without token verification,
    and each way of verifying on a SQL database and on another, instead of every
    auth x database: their records have no owners, so the store never meets the
    token; the verifier is a dependency of the whole API, the same on every store.
    """
    if project_type == "fullstack":
        spec = load_template("fullstack")
        defaults = {key: spec.default(key) for key in spec.choices}
        return [{**defaults, **given} for given in FULLSTACK_GENERATED]
    if project_type != "rest-api":

        def verified(combo: dict[str, str]) -> set[tuple[str, ...]]:
            sql = combo["db"] in ("postgres", "mysql", "sqlite")
            return {
                ("verified", str(combo["auth"] != "none"), combo["db"]),
                ("auth", combo["auth"], "sql" if sql else "other"),
            }

        return covering_combinations(
            TEMPLATES[project_type], groups=(), beside_db=False, also=verified
        )

    def domains(combo: dict[str, str]) -> set[tuple[str, ...]]:
        return (
            {("domains", combo["auth"], combo["db"])} if gets_domains("rest-api", combo) else set()
        )

    pairs = (("auth", "db"), ("auth", "architecture"), ("db", "architecture"))
    return covering_combinations(REST_API, groups=pairs, also=domains)


def coverage_combinations(project_type: str) -> list[dict[str, str]]:
    """The generated combinations whose pytest the generated tier runs with `--cov`
    (a CI file's command, which fails below the project's coverage floor): as few as
    meet every answer of the type (and domains or none) once, picked by greedy_cover,
    so that the code each answer brings is measured against the floor. The rest run
    `pytest` as a developer does, every test still run: coverage makes a project's
    run about twice as long (the default project, 8.6 s -> 19.8 s here)."""
    return greedy_cover(
        generated_combinations(project_type), lambda combo: answers(project_type, combo)
    )


def answers(project_type: str, combo: dict[str, str]) -> set[tuple[str, str]]:
    """A combination's answers, and whether it gets domains in the generated tier."""
    return {*combo.items(), ("domains", str(gets_domains(project_type, combo)))}


def needed_services(combo: dict[str, str]) -> set[str]:
    """The servers a project with these answers talks to, worked out from the answers
    alone (not from the template's logic): its database server, Redis, RabbitMQ."""
    services = {combo["db"]} if combo["db"] in ("postgres", "mysql", "mongodb") else set()
    if combo["cache"] == "redis" or combo["queue"] != "none":
        services.add("redis")
    if combo["queue"] == "celery" and combo["broker"] == "rabbitmq":
        services.add("rabbitmq")
    return services


def options(project_type: str, name: str, **answers: str) -> ProjectOptions:
    """Options for a project of this type: the given answers, the template's defaults
    for the rest."""
    spec = load_template(project_type)
    defaults = {key: spec.default(key) for key in spec.questions}
    return ProjectOptions(name=name, project_type=project_type, answers={**defaults, **answers})


def rest_api_options(name: str, **answers: str) -> ProjectOptions:
    return options("rest-api", name, **answers)


def combo_id(combo: dict[str, str]) -> str:
    """[model-]auth-db-architecture, then the extras that are on (`docker`...)."""
    parts = [combo[key] for key in ("model", "frontend", *CORE) if key in combo]
    if combo.get("cache", "none") != "none":
        parts.append(f"cache-{combo['cache']}")
    if combo.get("queue", "none") != "none":
        broker = f"-{combo['broker']}" if combo["queue"] == "celery" else ""
        parts.append(f"{combo['queue']}{broker}")
    if combo.get("docker") == "yes":
        parts.append("docker")
    if combo.get("ci", "none") != "none":
        parts.append(f"ci-{combo['ci']}")
    if combo.get("metrics") == "yes":
        parts.append("metrics")
    if combo.get("deploy", "none") != "none":
        parts.append(combo["deploy"])
    return "-".join(parts)


def reachable(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(key: str) -> None:
    """Skip with a reason when the service is down; fail instead under CI's rule."""
    name, port = SERVICES[key]
    if reachable(port):
        return
    unavailable(f"{name} is not reachable on 127.0.0.1:{port}")


def unavailable(message: str) -> NoReturn:
    """Skip, saying what is missing; fail instead under CI's rule."""
    if os.environ.get("FASTKIT_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{message} and FASTKIT_REQUIRE_SERVICES=1")
    pytest.skip(message)


def tree(root: Path) -> dict[str, bytes]:
    """Every file below root with its content, by relative path."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def declared_requirements(projects: list[Path]) -> set[str]:
    """Every requirement the projects' pyproject.toml files declare, `dev` included."""
    import tomllib

    requirements: set[str] = set()
    for project in projects:
        pyproject = tomllib.loads((project / "pyproject.toml").read_text())["project"]
        requirements.update(pyproject["dependencies"])
        for extra in pyproject.get("optional-dependencies", {}).values():
            requirements.update(extra)
    return requirements
