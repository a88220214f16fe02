"""Time to green: generate, create a venv and install the project with its dev extra
(uv, warm cache), then run the project's own pytest. fastkit's default project and its
PostgreSQL + jwt project, each against the floor (bench/floor: a minimal FastAPI
cookiecutter with one async route, one test and the same tools).

    python bench/bench_time_to_green.py [repetitions]      # default 5

Needs the PostgreSQL of the README's services (postgresql://postgres@localhost:5432).
"""

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from measure import alternate, ratio_line, spread
from projects import FLOOR, cookiecutter, fastkit, install, run

STEPS = ("generate", "install", "pytest")
CASES = [("default (jwt, SQLite)", [], "<= 1.3x"), ("PostgreSQL + jwt", ["--db=postgres"], "<= 2x")]


def time_to_green(generate: Callable[[Path], list[str]], name: str) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
    try:
        project = work / name
        times = {"generate": run(generate(work), work)}
        started = time.perf_counter()
        install(project)
        times["install"] = time.perf_counter() - started
        times["pytest"] = run([".venv/bin/pytest", "-q", "-p", "no:cacheprovider"], project)
        return times
    finally:
        shutil.rmtree(work)


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"time to green, median (min-max) of {repetitions} alternating runs, warm uv cache")
    for label, flags, goal in CASES:
        candidates = {
            "fastkit": lambda flags=flags: time_to_green(
                lambda out: fastkit("benchapp", flags, out), "benchapp"
            ),
            "floor": lambda: time_to_green(lambda out: cookiecutter(FLOOR, out), "floorapp"),
        }
        alternate(candidates, 1)  # warm the uv cache and the OS's file cache
        results = alternate(candidates, repetitions)
        totals = {key: [sum(run.values()) for run in runs] for key, runs in results.items()}
        print(ratio_line(label, totals["fastkit"], totals["floor"], goal))
        for step in STEPS:
            ours = [run[step] for run in results["fastkit"]]
            theirs = [run[step] for run in results["floor"]]
            print(f"  {step:32} {spread(ours)}   floor {spread(theirs)}")
        pytest_median = statistics.median(run["pytest"] for run in results["fastkit"])
        print(f"  the project's own pytest: {pytest_median:.1f} s")


if __name__ == "__main__":
    main()
