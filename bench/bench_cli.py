"""The CLI against plain cookiecutter, side by side in one run.

  python bench/bench_cli.py [repetitions]      # default 10

create: `fastkit create-project --no-input` vs plain `cookiecutter --no-input` on the
        same template (goal: <= 0.8x); both write the same tree (a bake test checks)
help:   `fastkit --help` vs `cookiecutter --help` (goal: <= 0.6x)
install: `fastkit create-project --install` (warm uv cache) vs plain cookiecutter followed
        by the same install typed by hand, `uv venv` + `uv pip install -e ".[dev]"`
        (goal: <= 1.1x), and vs plain cookiecutter alone (goal: <= 3x)
"""

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from measure import alternate, ratio_line
from projects import TEMPLATE, cookiecutter, fastkit, install, run

Work = Callable[[Path], object]  # what is timed, given a fresh folder to write in


def command(make: Callable[[Path], list[str]]) -> Work:
    """The work of running one command (made for the folder) in the folder."""
    return lambda out: run(make(out), out)


def cookiecutter_then_install(out: Path) -> None:
    """Plain cookiecutter, then the install `--install` runs, typed by hand."""
    run(cookiecutter(TEMPLATE, out, project_name="benchapp"), out)
    install(out / "benchapp")


def in_fresh_folder(work: Work) -> float:
    folder = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
    try:
        started = time.perf_counter()
        work(folder)
        return time.perf_counter() - started
    finally:
        shutil.rmtree(folder)


def compare(name: str, ours: Work, theirs: Work, repetitions: int, goal: str) -> None:
    results = alternate(
        {"fastkit": lambda: in_fresh_folder(ours), "cookiecutter": lambda: in_fresh_folder(theirs)},
        repetitions,
    )
    scaled = {side: [seconds * 1000 for seconds in times] for side, times in results.items()}
    print(ratio_line(name, scaled["fastkit"], scaled["cookiecutter"], goal, unit="ms"))


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(f"median (min-max) of {repetitions} alternating runs; floor = plain cookiecutter")
    compare(
        "create-project (rest-api defaults)",
        command(lambda out: fastkit("benchapp", [], out)),
        command(lambda out: cookiecutter(TEMPLATE, out, project_name="benchapp")),
        repetitions,
        "<= 0.8x",
    )
    compare(
        "--install vs cc + same install",
        command(lambda out: fastkit("benchapp", ["--install"], out)),
        cookiecutter_then_install,
        repetitions,
        "<= 1.1x",
    )
    compare(
        "--install vs cookiecutter alone",
        command(lambda out: fastkit("benchapp", ["--install"], out)),
        command(lambda out: cookiecutter(TEMPLATE, out, project_name="benchapp")),
        repetitions,
        "<= 3x",
    )
    compare(
        "--help",
        command(lambda out: [sys.executable, "-m", "fastkit", "--help"]),
        command(lambda out: [sys.executable, "-m", "cookiecutter", "--help"]),
        repetitions,
        "<= 0.6x",
    )


if __name__ == "__main__":
    main()
