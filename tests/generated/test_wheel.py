"""Installed the README's way (plain venv + pip, which compiles bytecode next to the
templates), fastkit carries the cookiecutters and generates from its own copy, and no
bytecode reaches the generated project."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from generated.test_generated_projects import project_env, readiness_of_running_app, run

from support import REPO

pytestmark = pytest.mark.generated

LOCAL_ONLY = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache")


@pytest.fixture(scope="module")
def pip_fastkit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with fastkit installed from a copy of this checkout by plain pip."""
    tmp_path = tmp_path_factory.mktemp("wheel")
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
    return venv


def test_pip_installed_fastkit_generates_a_project_without_bytecode(
    pip_fastkit: Path, tmp_path: Path
) -> None:
    venv = pip_fastkit
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
    assert (project / "app/api/routes/item.py").exists()
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


def without_uv(path: str) -> str:
    """PATH without any folder that holds uv: fastkit then runs the uv it depends on."""
    return os.pathsep.join(d for d in path.split(os.pathsep) if not shutil.which("uv", path=d))


def test_git_and_install_give_a_working_repository_and_environment(
    pip_fastkit: Path, tmp_path: Path
) -> None:
    """The default project with --git --install, by a pip-installed fastkit and no uv
    on PATH: the uv fastkit depends on builds .venv, the project's own pytest passes
    in it (with a domain the same fastkit added), `fastapi run` serves it, and the
    pre-commit hooks run on the next commit (nothing activated)."""
    env = {**project_env(), "PATH": without_uv(os.environ["PATH"])}
    done = subprocess.run(
        [str(pip_fastkit / "bin/fastkit"), "create-project", "myapp", "--git", "--install"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=900,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "installed the project with uv" in done.stdout
    panel = done.stdout[done.stdout.index("myapp is ready") :]
    assert "pip install" not in panel and ".venv/bin/fastapi dev" in panel
    project = tmp_path / "myapp"
    log = subprocess.run(["git", "log", "--format=%s"], cwd=project, capture_output=True, text=True)
    assert log.stdout.splitlines() == ["Initial commit (fastkit create-project)"]
    tracked = subprocess.run(["git", "ls-files"], cwd=project, capture_output=True, text=True)
    assert ".env" not in tracked.stdout.split() and ".venv" not in tracked.stdout

    (project / "app/careless.py").write_text("import os\nx=1\n")
    subprocess.run(["git", "add", "app/careless.py"], cwd=project, check=True, env=env)
    commit = subprocess.run(
        ["git", "commit", "-m", "careless"], cwd=project, capture_output=True, text=True, env=env
    )
    hooks = commit.stdout + commit.stderr
    assert commit.returncode != 0 and "hook id: ruff" in hooks, hooks
    (project / "app/careless.py").unlink()
    # The pip-installed fastkit adds a domain; the project's own tests then cover it.
    added = [
        str(pip_fastkit / "bin/fastkit"),
        "create-domain",
        "product",
        "--field",
        "price:decimal",
    ]
    run([*added, "--no-input"], project, env)

    run([".venv/bin/pytest", "-q", "-p", "no:cacheprovider"], project, env)
    assert (project / "tests/domains/product/test_products_api.py").is_file()
    bin_dir = project / ".venv/bin"
    assert readiness_of_running_app(bin_dir, project, env)["status"] == "ok"
