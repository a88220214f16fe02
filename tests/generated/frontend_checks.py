"""A fullstack project's frontend, checked as its README and CI say: npm ci from the
committed lock file, the API client generated from the installed backend (and the
same when generated again: CI's drift check), Biome and tsc, Vitest, the build, and
Playwright's end-to-end tests in Debian's Chromium against the running app."""

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[[list[str], Path, dict[str, str]], str]
# A browser from Debian's package: Playwright's own download needs a host this
# machine does not reach (`npx playwright install` is never run here).
CHROMIUM = "/usr/bin/chromium"


def tool(name: str, path: str | None) -> str:
    """The program, or a skip saying it is missing (a failure where CI requires it)."""
    if path is not None and Path(path).is_file():
        return path
    reason = f"{name} is not installed: the frontend checks need it"
    if os.environ.get("FASTKIT_REQUIRE_SERVICES") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def check_frontend(
    project: Path, bin_dir: Path, app_env: dict[str, str], run: Run, port: int | None
) -> None:
    """`app_env` names the migrated database the end-to-end tests' app uses, on
    `port`; without a port (no database server to run the app on) they are left out."""
    npm = tool("npm", shutil.which("npm"))
    chromium = tool("chromium", CHROMIUM)
    frontend = project / "frontend"
    env = {**app_env, "PYTHON": str(bin_dir / "python"), "CI": "true"}
    run([npm, "ci", "--prefer-offline", "--no-audit", "--no-fund"], frontend, env)
    run([npm, "run", "generate-client"], frontend, env)
    run(["git", "add", "--all"], project, env)
    run([npm, "run", "generate-client"], frontend, env)
    run(
        ["git", "diff", "--exit-code", "--", "frontend/openapi.json", "frontend/src/client"],
        project,
        env,
    )
    run([npm, "run", "check"], frontend, env)
    run([npm, "test"], frontend, env)
    run([npm, "run", "build"], frontend, env)
    if port is None:
        return
    e2e_env = {**env, "CHROMIUM_PATH": chromium, "E2E_PORT": str(port)}
    run([npm, "run", "e2e"], frontend, e2e_env)
