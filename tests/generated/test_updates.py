"""fastkit add and update on a project someone has worked on: each step's result is a
fresh render with the new answers plus the same edits, and the updated project
installs, lints, type-checks, passes its tests, migrates and starts."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from fastkit.generators.project_generator import generate_project
from tests.generated.test_generated_projects import FASTKIT, check_project, project_env, run
from tests.support import needed_services, options, require_service, tree

REPOSITORY = Path(__file__).resolve().parents[2]
# A commit of this repository from before the auth domain was split into one module per
# credential: its rest-api template makes 17 files differently from today's.
EARLIER_COMMIT = "3187d37"
# A project of the user's own domain: made under the old answers, it is theirs.
USER_DOMAIN = ("app/domains/product/", "tests/domains/product/", "migrations/versions/0002_")
PING = '''"""A route of our own."""

from fastapi import APIRouter

router = APIRouter(prefix="/ping", tags=["ping"])


@router.get("")
async def ping() -> dict[str, str]:
    return {"ping": "pong"}
'''
PING_TEST = """from httpx import AsyncClient


async def test_ping(client: AsyncClient) -> None:
    response = await client.get("/api/v1/ping")
    assert response.json() == {"ping": "pong"}
"""


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def user_edits(project: Path) -> None:
    """A new route (and its test), an edited setting, an edited README line."""
    (project / "app/api/ping.py").write_text(PING, encoding="utf-8")
    (project / "tests/test_ping.py").write_text(PING_TEST, encoding="utf-8")
    registry = project / "app/api/registry.py"
    edit(
        registry,
        "from app.api.query",
        "from app.api.ping import router as ping_router\nfrom app.api.query",
    )
    registry.write_text(
        registry.read_text(encoding="utf-8") + "api_router.include_router(ping_router)\n",
        encoding="utf-8",
    )
    edit(
        project / "app/core/config.py",
        "max_body_bytes: int = 1_048_576",
        "max_body_bytes: int = 2_097_152",
    )
    readme = project / "README.md"
    title, rest = readme.read_text(encoding="utf-8").split("\n", 1)
    readme.write_text(f"{title}: our shop's API\n{rest}", encoding="utf-8")


def add_user_domain(project: Path) -> None:
    run([str(FASTKIT), "create-domain", "product", "--field", "name:str"], project, project_env())


def commit(project: Path, message: str) -> None:
    env = {**project_env(), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}  # fmt: skip
    run(["git", "init", "--quiet"], project, env)
    run(["git", "add", "--all"], project, env)
    run(["git", "commit", "--quiet", "-m", message], project, env)


def compared(root: Path) -> dict[str, bytes]:
    """The files an update answers for: not .env's secrets, the record (checked by the
    unit tests), git's folder, or the user's own domain (made under the old answers)."""
    return {
        path: text
        for path, text in tree(root).items()
        if path not in {".env", ".fastkit.yaml"} and not path.startswith((".git/", *USER_DOMAIN))
    }


def assert_is_fresh_render_plus_edits(
    project: Path, answers: dict[str, str], tmp_path: Path, edits: Callable[[Path], None]
) -> None:
    expected = generate_project(options("rest-api", project.name, **answers), tmp_path / "expected")
    edits(expected)
    assert compared(project) == compared(expected)
    subprocess.run(["rm", "-rf", str(tmp_path / "expected")], check=True)


# The answers the chains leave at rest-api's defaults, as check_project reads them.
DEFAULTS = {"cache": "none", "queue": "none", "broker": "redis", "ci": "none",
            "metrics": "no", "architecture": "domain"}  # fmt: skip
CHAINS = {
    # One project, four features added one after another, then checked.
    "features": ({"auth": "jwt", "db": "sqlite"},
                 [{"cache": "redis"}, {"queue": "celery"}, {"docker": "yes"}, {"ci": "github"}]),
    # A database server instead of SQLite (the data is the user's to move).
    "database": ({"auth": "none", "db": "sqlite"}, [{"db": "postgres"}]),
}  # fmt: skip


@pytest.mark.generated
@pytest.mark.parametrize("chain", list(CHAINS))
def test_added_features_keep_the_users_edits_and_the_project_passes(
    chain: str, tmp_path: Path, actionlint: tuple[list[str], Path], mypy_cache: Path
) -> None:
    answers, steps = CHAINS[chain]
    final = {**answers, **{k: v for step in steps for k, v in step.items()}}
    for service in needed_services({**DEFAULTS, **final}):
        require_service(service)
    project = generate_project(options("rest-api", f"up_{chain}", **answers), tmp_path / "made")
    user_edits(project)
    add_user_domain(project)
    domain_files = {p: t for p, t in tree(project).items() if p.startswith(USER_DOMAIN)}
    commit(project, "made, and worked on")

    for step in steps:
        pairs = [f"{key}={value}" for key, value in step.items()]
        run([str(FASTKIT), "add", *pairs], project, project_env())
        answers = {**answers, **step}
        assert_is_fresh_render_plus_edits(
            project, answers, tmp_path, lambda p: (user_edits(p), add_user_domain(p))
        )
        assert {p: t for p, t in tree(project).items() if p.startswith(USER_DOMAIN)} == domain_files
        commit(project, f"add {' '.join(pairs)}")

    combo = {**DEFAULTS, **final}
    check_project(
        project,
        combo,
        f"u{chain[0]}",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=False,  # the answers' code is measured in their combinations
    )


@pytest.mark.generated
def test_a_project_of_an_earlier_fastkit_is_brought_to_today(
    tmp_path: Path, actionlint: tuple[list[str], Path], mypy_cache: Path
) -> None:
    """Made by the template of an earlier commit (with plain cookiecutter, as a user of
    that fastkit could have), edited, then updated to today's with --from-template."""
    present = subprocess.run(
        ["git", "-C", str(REPOSITORY), "cat-file", "-e", f"{EARLIER_COMMIT}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    if present.returncode != 0:
        pytest.skip(f"commit {EARLIER_COMMIT} is not in this clone (a shallow one?)")
    old = tmp_path / "old-fastkit"
    old.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", EARLIER_COMMIT, "cookiecutters/rest-api"],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
    template = old / "cookiecutters/rest-api"
    cookiecutter = Path(sys.executable).parent / "cookiecutter"
    answers = {"auth": "jwt", "db": "sqlite"}
    run(
        [str(cookiecutter), "--no-input", "-o", str(tmp_path / "made"), str(template),
         "project_name=earlier", *(f"{k}={v}" for k, v in answers.items())],
        tmp_path,
        project_env(),
    )  # fmt: skip
    project = tmp_path / "made/earlier"
    user_edits(project)
    commit(project, "made by an earlier fastkit, and worked on")

    updated = subprocess.run(
        [str(FASTKIT), "update", "--from-template", str(template)],
        cwd=project,
        env=project_env(),
        capture_output=True,
        text=True,
        check=False,
    )

    # Today's registry lists the domains' routers last, where the user added theirs:
    # the one conflict, marked and listed; everything else merged or replaced.
    assert updated.returncode == 1, updated.stdout + updated.stderr
    assert "conflict (1): app/api/registry.py" in updated.stdout
    assert "added (3): app/domains/auth/accounts.py" in updated.stdout
    registry = (project / "app/api/registry.py").read_text(encoding="utf-8")
    marked = registry.split("<<<<<<< yours\n")[1].split(">>>>>>> template\n")[0]
    yours, theirs = marked.split("=======\n")
    assert "include_router(ping_router)" in yours and "include_router(item_router)" in theirs
    # Resolved as the user would: the template's lines, then their router.
    resolved = registry.replace(f"<<<<<<< yours\n{marked}>>>>>>> template\n", theirs + yours)
    (project / "app/api/registry.py").write_text(resolved, encoding="utf-8")
    assert_is_fresh_render_plus_edits(project, answers, tmp_path, user_edits)
    combo = {**DEFAULTS, **answers}
    check_project(
        project,
        combo,
        "uv",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=False,  # the answers' code is measured in their combinations
    )
