"""Installed the README's way (plain venv + pip, which compiles bytecode next to the
templates), fastkit carries the cookiecutters and generates from its own copy, and no
bytecode reaches the generated project."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import REPO

pytestmark = pytest.mark.generated

LOCAL_ONLY = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache")


def test_pip_installed_fastkit_generates_a_project_without_bytecode(tmp_path: Path) -> None:
    # a copy without build/ or egg-info, so that nothing stale from an earlier build ships
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*LOCAL_ONLY))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin/pip"), "install", "--quiet", str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    installed_templates = list(venv.glob("lib/python*/site-packages/fastkit/templates"))
    assert installed_templates and list(installed_templates[0].rglob("*.pyc"))

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
    assert not [p for p in project.rglob("*") if p.suffix == ".pyc" or p.name == "__pycache__"]
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
