"""Side-by-side timings, from one run with alternating repetitions.

    python bench/bench_cli.py [repetitions]

Prints, for each pair, the median wall time of both commands and their ratio:
  create: `fastkit create-project --no-input` vs plain `cookiecutter --no-input`
          on the same template (goal: ratio <= 1.2)
  help:   `fastkit --help` vs `cookiecutter --help` (goal: ratio <= 0.6)
"""

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "cookiecutters" / "rest-api"
FASTKIT = [sys.executable, "-m", "fastkit"]
COOKIECUTTER = [sys.executable, "-m", "cookiecutter"]


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def compare(name: str, first: list[str], second: list[str], repetitions: int, goal: float) -> None:
    times: dict[int, list[float]] = {0: [], 1: []}
    for repetition in range(repetitions):
        order = (0, 1) if repetition % 2 == 0 else (1, 0)  # alternate who goes first
        for index in order:
            work = Path(tempfile.mkdtemp(prefix="fastkit-bench-"))
            try:
                times[index].append(timed((first, second)[index], work))
            finally:
                shutil.rmtree(work)
    a, b = statistics.median(times[0]), statistics.median(times[1])
    verdict = "ok" if a / b <= goal else "over goal"
    print(
        f"{name:8} fastkit {a * 1000:7.1f} ms   cookiecutter {b * 1000:7.1f} ms   "
        f"ratio {a / b:.2f} (goal <= {goal}, {verdict})"
    )


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(f"median of {repetitions} alternating runs each")
    compare(
        "create",
        [*FASTKIT, "create-project", "benchapp", "--no-input"],
        [*COOKIECUTTER, "--no-input", str(TEMPLATE), "project_name=benchapp"],
        repetitions,
        1.2,
    )
    compare("help", [*FASTKIT, "--help"], [*COOKIECUTTER, "--help"], repetitions, 0.6)


if __name__ == "__main__":
    main()
