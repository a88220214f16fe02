"""`--lock --install` with uv (the `uv` package beside fastkit, as the test extra
installs it): uv.lock is written and .venv is synced from it."""

import subprocess
import sys
from pathlib import Path

import pytest
from generated.test_generated_projects import project_env

pytestmark = pytest.mark.generated


def test_lock_and_install_sync_the_environment_from_the_lock(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fastkit",
            "create-project",
            "locked",
            "--lock",
            "--install",
            "--no-input",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=project_env(),
        timeout=600,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "created .venv from uv.lock" in done.stdout
    project = tmp_path / "locked"
    lock = (project / "uv.lock").read_text()
    assert 'name = "fastapi-cli"' in lock and 'name = "pytest"' in lock  # dev extra locked
    panel = done.stdout[done.stdout.index("locked is ready") :]
    assert "install" not in panel and "uv sync" not in panel
    imported = subprocess.run(
        [str(project / ".venv/bin/python"), "-c", "import app.asgi, pytest"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**project_env(), "ENVIRONMENT": "development"},
    )
    assert imported.returncode == 0, imported.stderr
