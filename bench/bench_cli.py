"""The CLI against plain cookiecutter, side by side in one run.

  python bench/bench_cli.py [repetitions]      # default 10

create: `fastkit create-project --no-input` vs plain `cookiecutter --no-input` on the
        same template (goal: <= 0.8x); both write the same tree (a bake test checks)
help:   `fastkit --help` vs `cookiecutter --help` (goal: <= 0.6x)
"""

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from measure import alternate, ratio_line
from projects import TEMPLATE, cookiecutter, fastkit, run

Command = Callable[[Path], list[str]]  # the command, given a fresh folder to write in


def in_fresh_folder(command: Command) -> float:
    work = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
    try:
        return run(command(work), work)
    finally:
        shutil.rmtree(work)


def compare(name: str, ours: Command, theirs: Command, repetitions: int, goal: str) -> None:
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
        lambda out: fastkit("benchapp", [], out),
        lambda out: cookiecutter(TEMPLATE, out, project_name="benchapp"),
        repetitions,
        "<= 0.8x",
    )
    compare(
        "--help",
        lambda out: [sys.executable, "-m", "fastkit", "--help"],
        lambda out: [sys.executable, "-m", "cookiecutter", "--help"],
        repetitions,
        "<= 0.6x",
    )


if __name__ == "__main__":
    main()
