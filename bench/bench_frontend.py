"""A fullstack project's frontend, React's beside Vue's, as users run it.

    python bench/bench_frontend.py [repetitions]      # default 1

- time to first page: `fastkit create-project --type=fullstack --install` (the
  backend's .venv, then npm ci and the generated API client), the migration, the
  build and the end-to-end tests: a new user's path to pages that work (reported)
- the frontend pipeline, warm (npm's cache filled by the first run): npm ci, Biome and
  the type checker, Vitest, the build, Playwright (goal <= 60 s each)
- the built JavaScript, gzipped, all chunks (goal for React <= 100 KB; Vue's reported)

The end-to-end tests need a Chromium: CHROMIUM_PATH (default /usr/bin/chromium).
"""

import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from measure import spread
from projects import fastkit, free_port, run

FRONTENDS = ("react", "vue")
PIPELINE = [
    ["npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"],
    ["npm", "run", "check"],
    ["npm", "test"],
    ["npm", "run", "build"],
    ["npm", "run", "e2e"],
]


def bundle_kb(frontend: Path) -> float:
    """The built JavaScript as a browser downloads it: every chunk, gzipped."""
    chunks = (frontend / "dist" / "assets").glob("*.js")
    return sum(len(gzip.compress(chunk.read_bytes(), 9)) for chunk in chunks) / 1024


def measure(framework: str, out: Path, env: dict[str, str]) -> dict[str, float]:
    project = out / f"shop_{framework}"
    frontend = project / "frontend"
    flags = ["--type=fullstack", f"--frontend={framework}", "--install"]
    times = {"create-project --install": run(fastkit(project.name, flags, out), out, env)}
    times["alembic upgrade head"] = run([".venv/bin/alembic", "upgrade", "head"], project, env)
    first = time.perf_counter()
    run(["npm", "run", "build"], frontend, env)
    run(["npm", "run", "e2e"], frontend, env)
    times["first build + e2e"] = time.perf_counter() - first
    times["time to first page"] = sum(times.values())
    for command in PIPELINE:
        times[" ".join(command[:3])] = run(command, frontend, env)
    times["pipeline, warm"] = sum(times[" ".join(c[:3])] for c in PIPELINE)
    times["bundle KB gzip"] = bundle_kb(frontend)
    return times


def main(repetitions: int) -> None:
    env = {
        "CI": "true",
        "CHROMIUM_PATH": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "E2E_PORT": str(free_port()),
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in FRONTENDS}
    for repetition in range(repetitions):
        order = FRONTENDS if repetition % 2 == 0 else FRONTENDS[::-1]
        for framework in order:
            with tempfile.TemporaryDirectory() as out:
                results[framework].append(measure(framework, Path(out), env))
    goals = {"pipeline, warm": "<= 60 s", "bundle KB gzip": "React <= 100 KB"}
    for key in results["react"][0]:
        unit = "KB" if "KB" in key else "s"
        react = [r[key] for r in results["react"]]
        vue = [r[key] for r in results["vue"]]
        ratio = statistics.median(vue) / statistics.median(react)
        goal = f"  (goal {goals[key]})" if key in goals else ""
        sides = f"react {spread(react, unit)}   vue {spread(vue, unit)}"
        print(f"{key:28} {sides}   vue/react {ratio:4.2f}x{goal}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
