"""Run time: requests per second of generated apps against hand-written floors. Each
is served by one uvicorn process (no access log) with the same Python and libraries
(the generated project's venv); bench/load.py drives them in alternation.

    python bench/bench_runtime.py [repetitions] [seconds per run]     # default 5 and 5

- GET /health, project without database or auth, vs bench/apps/bare.py (goal >= 0.9x)
- GET /health, default project (jwt, SQLite), vs the same bare app (goal >= 0.9x)
- GET /api/v1/items?limit=20 and GET /api/v1/items/{id}, PostgreSQL project without
  auth, at 32 and at 64 connections, vs bench/apps/crud_orm.py, the hand-written ORM
  floor, on the same table and pool (goal: req/s >= 1.0x, p99 <= 1.5x, no answer over
  2 s), and vs bench/apps/crud_raw.py, raw asyncpg (reported: the limit to approach);
  with p50/p99 latency, the server's CPU time per request and the resident memory
  of each server after its runs. Before the load, each side's answers are checked
  to be the same.
- the same two reads, the app and the ORM floor called in-process one request at a
  time (bench/inprocess.py): milliseconds per request (goal <= 1.0x).
- the list against the peer's own list as it comes: s3rius's FastAPI-template
  (projects.PEER, PostgreSQL, its example model's `GET /api/dummy/?limit=20`, which
  neither counts nor orders), served from its own venv, on its own table of the same
  1,000 rows, at 32 and 64 connections (goal: req/s >= 1.0x).

Needs the PostgreSQL of the README's services (postgresql://postgres@localhost:5432).
"""

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from contextlib import ExitStack
from pathlib import Path

from measure import alternate, ratio_line
from projects import (
    APPS,
    REPO,
    cpu_seconds,
    fastkit,
    install,
    load,
    peer_env,
    peer_project,
    resident_mib,
    run,
    run_printing,
    serving,
)

DATABASE = "fastkit_bench"
DATABASE_URL = f"postgresql://postgres@localhost:5432/{DATABASE}"
ITEMS = 1000
WARMUP_SECONDS = 1.0  # bench/load.py's default
APP = ["app.asgi:app"]  # what `fastapi run` serves ([tool.fastapi] in pyproject.toml)
PEER_DATABASE = "fastkit_bench_peer"
PEER_LIST = "/api/dummy/?limit=20"


def prepare(work: Path, name: str, flags: list[str]) -> tuple[Path, Path]:
    """Generate and install a project: its folder and its venv's bin folder."""
    run(fastkit(name, flags, work), work)
    return work / name, install(work / name)


def seed_database(project: Path, bin_dir: Path) -> None:
    fresh_database(DATABASE)
    run([str(bin_dir / "alembic"), "upgrade", "head"], project, {"DATABASE_URL": DATABASE_URL})
    rows = f"SELECT 'item ' || n, 'about item ' || n FROM generate_series(1, {ITEMS}) AS n"
    psql(DATABASE, f"INSERT INTO items (name, description) {rows}")


def psql(database: str, sql: str) -> None:
    command = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-c", sql]
    subprocess.run(command, check=True)


def fresh_database(name: str) -> None:
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", name], check=True)


def prepare_peer(work: Path) -> tuple[Path, dict[str, str]]:
    """The peer's PostgreSQL project, migrated by its own alembic, with as many rows
    in its example table as the app's items: its folder and its settings."""
    project = peer_project(work, "peerapp", "postgresql")
    env = {**peer_env("peerapp"), "PEERAPP_DB_BASE": PEER_DATABASE}
    fresh_database(PEER_DATABASE)
    run([str(project / ".venv" / "bin" / "alembic"), "upgrade", "head"], project, env)
    rows = f"SELECT 'item ' || n FROM generate_series(1, {ITEMS}) AS n"
    psql(PEER_DATABASE, f"INSERT INTO dummy_model (name) {rows}")
    return project, env


def compare_with_peer(app: tuple[str, int], peer: tuple[str, int], bin_dir: Path,
                      repetitions: int, seconds: float) -> None:  # fmt: skip
    """The app's list against the peer's, each as it comes, at 32 and 64 connections."""
    urls = {"app": app[0] + "/api/v1/items?limit=20", "s3rius": peer[0] + PEER_LIST}
    pids = {"app": app[1], "s3rius": peer[1]}
    for side, url in urls.items():  # both answer a page of 20 records
        with urllib.request.urlopen(url, timeout=10) as response:
            page = json.load(response)
        if len(page["items"] if side == "app" else page) != 20:
            raise SystemExit(f"{url}: not a page of 20: {page}")
    for connections in (32, 64):
        candidates = {
            side: (lambda side=side, n=connections: loaded(bin_dir, urls[side], seconds, n,
                                                           pids[side]))
            for side in urls
        }  # fmt: skip
        results = alternate(candidates, repetitions)
        rps = {side: [run["rps"] for run in runs] for side, runs in results.items()}
        cpu = {side: [run["cpu_ms"] for run in runs] for side, runs in results.items()}
        title = f"list vs s3rius's list, {connections} connections"
        print(ratio_line(title, rps["app"], rps["s3rius"], ">= 1.0x", "req/s", "s3rius"))
        print(ratio_line("  CPU per request", cpu["app"], cpu["s3rius"], "-", "ms", "s3rius"))
        for side, runs in results.items():
            p99 = statistics.median(run["p99_ms"] for run in runs)
            slow = sum(run["over_2s"] for run in runs)
            failed = sum(run["non_2xx"] for run in runs)
            print(f"  {side:9} p99 {p99:7.2f} ms   over 2 s {slow}   non-2xx {failed}")


def compare(label: str, goal: str, path: str, bases: dict[str, str],
            bin_dir: Path, repetitions: int, seconds: float) -> None:  # fmt: skip
    """Load the same path of the app and of its floor in turn; print the comparison."""
    candidates = {
        side: (lambda side=side: load(bin_dir, bases[side] + path, seconds))
        for side in ("app", "floor")
    }
    results = alternate(candidates, repetitions)
    rps = {side: [run["rps"] for run in runs] for side, runs in results.items()}
    print(ratio_line(label, rps["app"], rps["floor"], goal, unit="req/s"))
    for side, runs in results.items():
        p50 = statistics.median(run["p50_ms"] for run in runs)
        p99 = statistics.median(run["p99_ms"] for run in runs)
        failed = sum(run["non_2xx"] for run in runs)
        print(f"  {side:6} p50 {p50:6.2f} ms   p99 {p99:6.2f} ms   non-2xx {failed}")


def same_answers(path: str, bases: dict[str, str]) -> None:
    """Every side answers `path` with the same items and total: the load measures
    equal work."""
    answers = {}
    for side, base in bases.items():
        with urllib.request.urlopen(base + path, timeout=10) as response:
            answers[side] = json.load(response)
    if len({json.dumps(answer, sort_keys=True) for answer in answers.values()}) != 1:
        raise SystemExit(f"{path}: the sides answer differently: {answers}")


def loaded(bin_dir: Path, url: str, seconds: float, connections: int, pid: int) -> dict[str, float]:
    """load(), with the server's CPU time per request (ms) over the run and its
    warm-up: the figure a busy machine disturbs least."""
    before = cpu_seconds(pid)
    result = load(bin_dir, url, seconds, connections)
    requests = result["rps"] * (seconds + WARMUP_SECONDS)
    result["cpu_ms"] = (cpu_seconds(pid) - before) * 1000 / requests
    return result


def compare_crud(label: str, path: str, bases: dict[str, str], pids: dict[str, int],
                 bin_dir: Path, repetitions: int, seconds: float) -> None:  # fmt: skip
    """The app against both CRUD floors, at 32 and at 64 connections."""
    same_answers(path, bases)
    for connections in (32, 64):
        candidates = {
            side: (
                lambda side=side, n=connections: loaded(
                    bin_dir, bases[side] + path, seconds, n, pids[side]
                )
            )
            for side in bases
        }
        results = alternate(candidates, repetitions)
        rps = {side: [run["rps"] for run in runs] for side, runs in results.items()}
        p99 = {side: [run["p99_ms"] for run in runs] for side, runs in results.items()}
        cpu = {side: [run["cpu_ms"] for run in runs] for side, runs in results.items()}
        title = f"{label}, {connections} connections"
        print(ratio_line(title, rps["app"], rps["orm floor"], ">= 1.0x", unit="req/s"))
        print(ratio_line("  p99 vs the ORM floor", p99["app"], p99["orm floor"], "<= 1.5x", "ms"))
        print(
            ratio_line(
                "  CPU per request vs the ORM floor", cpu["app"], cpu["orm floor"], "<= 1.0x", "ms"
            )
        )
        print(ratio_line("  vs the raw floor", rps["app"], rps["raw floor"], "-", unit="req/s"))
        for side, runs in results.items():
            p50 = statistics.median(run["p50_ms"] for run in runs)
            slow = sum(run["over_2s"] for run in runs)
            failed = sum(run["non_2xx"] for run in runs)
            print(f"  {side:9} p50 {p50:6.2f} ms   over 2 s {slow}   non-2xx {failed}")


def compare_in_process(label: str, path: str, project: Path, bin_dir: Path,
                       env: dict[str, str], repetitions: int) -> None:  # fmt: skip
    """The app and the ORM floor called as ASGI apps, one request at a time
    (bench/inprocess.py): the CPU each spends on a read, without the noise of a
    server, a load generator and PostgreSQL sharing the machine's cores."""
    script = str(REPO / "bench" / "inprocess.py")
    candidates = {
        side: (
            lambda side=side: float(
                run_printing([str(bin_dir / "python"), script, side, path], project, env)
            )
        )
        for side in ("app", "orm-floor")
    }
    results = alternate(candidates, repetitions)
    print(ratio_line(label, results["app"], results["orm-floor"], "<= 1.0x", unit="ms"))


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    print(f"requests per second, median (min-max) of {repetitions} alternating {seconds:g} s runs")
    work = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
    try:
        bare = ["--app-dir", str(APPS), "bare:app"]
        for label, name, flags in [
            ("GET /health, no database or auth", "plain", ["--auth=none", "--db=none"]),
            ("GET /health, jwt + SQLite", "default", []),
        ]:
            project, bin_dir = prepare(work, name, flags)
            if name == "default":
                run([str(bin_dir / "alembic"), "upgrade", "head"], project)
            with ExitStack() as servers:
                app, _ = servers.enter_context(serving(bin_dir, APP, project, {}))
                floor, _ = servers.enter_context(serving(bin_dir, bare, project, {}))
                bases = {"app": app, "floor": floor}
                compare(label, ">= 0.9x", "/health", bases, bin_dir, repetitions, seconds)

        project, bin_dir = prepare(work, "crud", ["--auth=none", "--db=postgres"])
        seed_database(project, bin_dir)
        env = {"DATABASE_URL": DATABASE_URL}
        orm_env = {"DATABASE_URL": DATABASE_URL.replace("postgresql://", "postgresql+asyncpg://")}
        floors = {
            "orm floor": (["--app-dir", str(APPS), "crud_orm:app"], orm_env),
            "raw floor": (["--app-dir", str(APPS), "crud_raw:app"], env),
        }
        with ExitStack() as servers:
            app, app_pid = servers.enter_context(serving(bin_dir, APP, project, env))
            bases, pids = {"app": app}, {"app": app_pid}
            for side, (target, side_env) in floors.items():
                bases[side], pids[side] = servers.enter_context(
                    serving(bin_dir, target, project, side_env)
                )
            for label, path in [
                ("GET /api/v1/items?limit=20", "/api/v1/items?limit=20"),
                ("GET /api/v1/items/{id}", f"/api/v1/items/{ITEMS // 2}"),
            ]:
                compare_crud(label, path, bases, pids, bin_dir, repetitions, seconds)
            memory = ", ".join(f"{side} {resident_mib(pid):.0f} MiB" for side, pid in pids.items())
            print(f"resident memory after the runs: {memory}")
            peer, peer_settings = prepare_peer(work)
            peer_server = servers.enter_context(
                serving(peer / ".venv" / "bin", ["--factory", "peerapp.web.application:get_app"],
                        peer, peer_settings, health="/api/health")
            )  # fmt: skip
            compare_with_peer((app, app_pid), peer_server, bin_dir, repetitions, seconds)
        for label, path in [
            ("list, in-process, one at a time", "/api/v1/items?limit=20"),
            ("get, in-process, one at a time", f"/api/v1/items/{ITEMS // 2}"),
        ]:
            compare_in_process(label, path, project, bin_dir, env, repetitions)
    finally:
        shutil.rmtree(work)
        for database in (DATABASE, PEER_DATABASE):
            subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", database])


if __name__ == "__main__":
    main()
