"""Run time: requests per second of generated apps against hand-written floors. Each
is served by one uvicorn process (no access log) with the same Python and libraries
(the generated project's venv); bench/load.py drives them in alternation.

    python bench/bench_runtime.py [repetitions] [seconds per run]     # default 5 and 5

- GET /health, project without database or auth, vs bench/apps/bare.py (goal >= 0.9x)
- GET /health, default project (jwt, SQLite), vs the same bare app (goal >= 0.9x)
- GET /api/v1/items?limit=20 and GET /api/v1/items/{id}, PostgreSQL project without
  auth, vs bench/apps/crud.py on the same table and pool (goal >= 0.8x), with p50/p99
  latency and the resident memory of each server after its runs.

Needs the PostgreSQL of the README's services (postgresql://postgres@localhost:5432).
"""

import shutil
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from measure import alternate, ratio_line
from projects import APPS, fastkit, install, load, resident_mib, run, serving

DATABASE = "fastkit_bench"
DATABASE_URL = f"postgresql://postgres@localhost:5432/{DATABASE}"
ITEMS = 1000
FACTORY = ["app.main:create_app", "--factory"]


def prepare(work: Path, name: str, flags: list[str]) -> tuple[Path, Path]:
    """Generate and install a project: its folder and its venv's bin folder."""
    run(fastkit(name, flags, work), work)
    return work / name, install(work / name)


def seed_database(project: Path, bin_dir: Path) -> None:
    for command in (["dropdb", "--if-exists"], ["createdb"]):
        subprocess.run([*command, "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    run([str(bin_dir / "alembic"), "upgrade", "head"], project, {"DATABASE_URL": DATABASE_URL})
    insert = (
        "INSERT INTO items (name, description) SELECT 'item ' || n, 'about item ' || n "
        f"FROM generate_series(1, {ITEMS}) AS n"
    )
    subprocess.run(
        ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-c", insert],
        check=True,
    )


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
                app, _ = servers.enter_context(serving(bin_dir, FACTORY, project, {}))
                floor, _ = servers.enter_context(serving(bin_dir, bare, project, {}))
                bases = {"app": app, "floor": floor}
                compare(label, ">= 0.9x", "/health", bases, bin_dir, repetitions, seconds)

        project, bin_dir = prepare(work, "crud", ["--auth=none", "--db=postgres"])
        seed_database(project, bin_dir)
        env = {"DATABASE_URL": DATABASE_URL}
        floor_env = {"DATABASE_URL": DATABASE_URL.replace("postgresql://", "postgresql+asyncpg://")}
        crud = ["--app-dir", str(APPS), "crud:app"]
        with ExitStack() as servers:
            app, app_pid = servers.enter_context(serving(bin_dir, FACTORY, project, env))
            floor, floor_pid = servers.enter_context(serving(bin_dir, crud, project, floor_env))
            bases = {"app": app, "floor": floor}
            for label, path in [
                ("GET /api/v1/items?limit=20", "/api/v1/items?limit=20"),
                ("GET /api/v1/items/{id}", f"/api/v1/items/{ITEMS // 2}"),
            ]:
                compare(label, ">= 0.8x", path, bases, bin_dir, repetitions, seconds)
            print(
                f"resident memory after the runs: app {resident_mib(app_pid):.0f} MiB, "
                f"floor {resident_mib(floor_pid):.0f} MiB"
            )
    finally:
        shutil.rmtree(work)
        subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", DATABASE])


if __name__ == "__main__":
    main()
