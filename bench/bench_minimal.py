"""How small the microservice stays with no options, beside rest-api's smallest
project (auth none, db none): files written, and the time `import app.main` takes
in a fresh interpreter (what every worker start and test run pays).

    .venv/bin/python bench/bench_minimal.py 10     # repetitions of the import
"""

import sys
import tempfile
from pathlib import Path

from measure import alternate, ratio_line
from projects import fastkit, install, printed_seconds, run

IMPORT = "import time; t = time.perf_counter(); import app.main; print(time.perf_counter() - t)"
PROJECTS = {
    "microservice": ["--type", "microservice"],
    "rest-api": ["--type", "rest-api", "--auth", "none", "--db", "none"],
}


def files(project: Path) -> int:
    return sum(1 for path in project.rglob("*") if path.is_file() and ".venv" not in path.parts)


def import_time(bin_dir: Path, project: Path) -> float:
    return printed_seconds(bin_dir, project, IMPORT)


def main() -> None:
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as out:
        bins, counts = {}, {}
        for name, flags in PROJECTS.items():
            run(fastkit(name.replace("-", "_"), flags, Path(out)), Path(out))
            project = Path(out) / name.replace("-", "_")
            counts[name] = files(project)
            bins[name] = (install(project), project)
            import_time(*bins[name])  # the first import writes the bytecode
        times = alternate(
            {name: lambda name=name: import_time(*bins[name]) for name in PROJECTS},
            repetitions,
        )
    print(f"files written: microservice {counts['microservice']}, rest-api {counts['rest-api']}")
    print(
        ratio_line("import app.main (vs rest-api)", times["microservice"], times["rest-api"], "~1x")
    )


if __name__ == "__main__":
    main()
