"""The CLI against plain cookiecutter, side by side in one run.

  python bench/bench_cli.py [repetitions]      # default 10

create: `fastkit create-project --no-input` vs plain `cookiecutter --no-input` on the
        same template (goal: <= 0.8x); both write the same tree (a bake test checks)
help:   `fastkit --help` vs `cookiecutter --help` (goal: <= 0.6x)
install: `fastkit create-project --install` (warm uv cache) vs plain cookiecutter followed
        by the same install typed by hand, `uv venv` + `uv pip install -e ".[dev]"`
        (goal: <= 1.1x), and vs plain cookiecutter alone (goal: <= 3x)
"""

import shlex
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from measure import alternate, ratio_line
from projects import TEMPLATE, cookiecutter, fastkit, run

from fastkit.generators.setup_steps import find_uv

Command = Callable[[Path], list[str]]  # the command, given a fresh folder to write in


def in_fresh_folder(command: Command) -> float:
    work = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
    try:
        return run(command(work), work)
    finally:
        shutil.rmtree(work)


def then_install_by_hand(command: list[str], project: str) -> list[str]:
    """`command`, then the install `--install` runs, as a user would type it."""
    uv = find_uv()
    if uv is None:
        raise SystemExit("the install comparison needs uv (pip install uv)")
    by_hand = [
        [uv, "venv", "--quiet", "--python", sys.executable, ".venv"],
        [uv, "pip", "install", "--quiet", "--python", ".venv/bin/python", "-e", ".[dev]"],
    ]
    script = " && ".join([shlex.join(command), f"cd {project}", *map(shlex.join, by_hand)])
    return ["sh", "-c", script]


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
        "--install vs cc + same install",
        lambda out: fastkit("benchapp", ["--install"], out),
        lambda out: then_install_by_hand(
            cookiecutter(TEMPLATE, out, project_name="benchapp"), str(out / "benchapp")
        ),
        repetitions,
        "<= 1.1x",
    )
    compare(
        "--install vs cookiecutter alone",
        lambda out: fastkit("benchapp", ["--install"], out),
        lambda out: cookiecutter(TEMPLATE, out, project_name="benchapp"),
        repetitions,
        "<= 3x",
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
