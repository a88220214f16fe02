"""A wheel built from the repo carries the cookiecutters: installed alone, it generates."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import REPO

pytestmark = pytest.mark.generated


def test_installed_wheel_generates_a_project(tmp_path: Path) -> None:
    uv = [sys.executable, "-m", "uv"]
    subprocess.run(
        [*uv, "build", "--wheel", "--quiet", "--out-dir", str(tmp_path / "dist"), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("fastkit_scaffold-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([*uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    subprocess.run(
        [*uv, "pip", "install", "--quiet", "--python", str(venv / "bin/python"), str(wheel)],
        check=True,
        capture_output=True,
    )

    done = subprocess.run(
        [
            str(venv / "bin/fastkit"),
            "create-project",
            "fromwheel",
            "--no-input",
            "--architecture",
            "layered",
            "--output-dir",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    project = tmp_path / "out" / "fromwheel"
    assert (project / "app/api/routes/items.py").exists()
    assert (project / ".env").exists() and (project / ".gitignore").exists()
    answers = yaml.safe_load((project / ".fastkit.yaml").read_text())
    assert answers["template"] == "rest-api"
    # the wheel's copy is used, not this checkout's
    site = subprocess.run(
        [
            str(venv / "bin/python"),
            "-c",
            "import fastkit.shared.templates as t; print(t.template_root())",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert site.startswith(str(venv)) and site.endswith("fastkit/templates")
