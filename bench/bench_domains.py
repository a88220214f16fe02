"""create-domain at scale: the 50th domain against the 1st, and an app with 50 domains.

  python bench/bench_domains.py [repetitions]      # default 3

create:  `fastkit create-domain` adding the 1st and the 50th domain to one project
         (goal: the 50th <= 1.3x the 1st)
import:  importing the app (`import app.asgi`, which builds it) with 50 domains,
         against the project as generated
openapi: building its OpenAPI document (`app.openapi()`, what /openapi.json
         serves) with 50 domains, against the project as generated
"""

import shutil
import sys
import tempfile
from pathlib import Path

from measure import alternate, ratio_line
from projects import fastkit, install, printed_seconds, run

DOMAINS = 50
FIELDS = ["--field", "name:str(100):indexed", "--field", "price:decimal", "--field", "note:text?"]
# Run by the project's own Python: the seconds one step takes, printed.
IMPORT = "import time; t = time.perf_counter(); import app.asgi; print(time.perf_counter() - t)"
OPENAPI = (
    "import time, app.asgi; t = time.perf_counter(); app.asgi.app.openapi(); "
    "print(time.perf_counter() - t)"
)


def create_domain(project: Path, index: int) -> float:
    """As a user types it: the plural derived from the name (thing01 -> thing01s)."""
    name = f"thing{index:02d}"
    return run([sys.executable, "-m", "fastkit", "create-domain", name, *FIELDS], project)


def new_project(folder: Path, name: str) -> Path:
    run(fastkit(name, ["--auth=jwt", "--db=sqlite"], folder), folder)
    return folder / name


def first_and_fiftieth(folder: Path, repetition: int) -> tuple[float, float]:
    project = new_project(folder, f"scale{repetition}")
    first = create_domain(project, 1)
    for index in range(2, DOMAINS):
        create_domain(project, index)
    return first, create_domain(project, DOMAINS)


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    folder = Path(tempfile.mkdtemp(prefix="fastkit-bench-domains-"))
    try:
        runs = [first_and_fiftieth(folder, r) for r in range(repetitions)]
        print(f"create-domain, {repetitions} projects of {DOMAINS} domains each (jwt, SQLite)")
        print(
            ratio_line("50th domain vs 1st", [r[1] for r in runs], [r[0] for r in runs], "<= 1.3x")
        )
        crowded = folder / f"scale{repetitions - 1}"
        plain = new_project(folder, "plain")
        bins = {"crowded": install(crowded), "plain": install(plain)}
        projects = {"crowded": crowded, "plain": plain}
        for side in projects:  # the first import compiles the bytecode: not timed
            printed_seconds(bins[side], projects[side], IMPORT)
        for label, code in (("import app.asgi", IMPORT), ("app.openapi()", OPENAPI)):
            timed = alternate(
                {
                    side: lambda side=side, code=code: printed_seconds(
                        bins[side], projects[side], code
                    )
                    for side in projects
                },
                max(repetitions, 5),
            )
            print(ratio_line(f"{label}, {DOMAINS} domains", timed["crowded"], timed["plain"], "-"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
