"""Generating, installing and serving the projects the bench scripts measure."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastkit.generators.setup_steps import find_uv

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "cookiecutters" / "rest-api"
FLOOR = REPO / "bench" / "floor"
APPS = REPO / "bench" / "apps"
# The uv binary fastkit's --install runs, so that installs by hand use the same one.
UV = find_uv()


def user_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This environment as a user's shell has it: Python keeps compiled modules."""
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def completed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run to completion, failing loudly; what it printed."""
    done = subprocess.run(command, cwd=cwd, env=user_env(env), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{done.stdout}{done.stderr}")
    return done.stdout


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Run to completion (failing loudly); the wall time it took."""
    started = time.perf_counter()
    completed(command, cwd, env)
    return time.perf_counter() - started


def run_printing(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run to completion (failing loudly); the last line it printed."""
    return completed(command, cwd, env).strip().splitlines()[-1]


def fastkit(name: str, flags: list[str], out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "fastkit",
        "create-project",
        name,
        "--no-input",
        *flags,
        "--output-dir",
        str(out),
    ]


def cookiecutter(template: Path, out: Path, **answers: str) -> list[str]:
    pairs = [f"{key}={value}" for key, value in answers.items()]
    return [
        sys.executable,
        "-m",
        "cookiecutter",
        "--no-input",
        str(template),
        "-o",
        str(out),
        *pairs,
    ]


def install(project: Path) -> Path:
    """A fresh venv in the project, with the project and its dev extra: its bin folder.

    The same commands `fastkit create-project --install` runs, typed by hand."""
    if UV is None:
        raise SystemExit("the bench installs projects with uv: pip install uv")
    run([UV, "venv", "-q", "--python", sys.executable, ".venv"], project)
    run([UV, "pip", "install", "-q", "--python", ".venv/bin/python", "-e", ".[dev]"], project)
    return project / ".venv" / "bin"


# The peer: s3rius's FastAPI-template from PyPI, at the last release whose projects run
# on this machine's Python 3.11 (6.x projects ask for Python >= 3.12, which uv would
# download from GitHub); it installs its projects with poetry, which comes with it.
PEER = "fastapi_template==5.1.4"
PEER_FLAGS = ["--api-type", "rest", "--orm", "sqlalchemy", "--ci", "none", "--migrations",
              "--dummy", "--routers"]  # fmt: skip


def peer_tools() -> Path:
    """A venv with the peer's generator and poetry, made once per machine: its bin."""
    home = Path(tempfile.gettempdir()) / "fastkit-bench-peer" / PEER.replace("==", "-")
    if not (home / "bin" / "fastapi_template").exists():
        subprocess.run([sys.executable, "-m", "venv", str(home)], check=True)
        pip = [str(home / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, PEER, "poetry"], check=True)
    return home / "bin"


def peer_project(work: Path, name: str, db: str) -> Path:
    """`fastapi_template --quiet` as its README runs it: it generates the project,
    installs it with `poetry install` (a .venv inside the project, here) and runs
    its pre-commit hooks once."""
    tools = peer_tools()
    env = {"PATH": f"{tools}:{os.environ['PATH']}", "POETRY_VIRTUALENVS_IN_PROJECT": "true"}
    command = [str(tools / "fastapi_template"), "--quiet", "-n", name, "--db", db, *PEER_FLAGS]
    run(command, work, env)
    project = work / name
    if not (project / ".venv" / "bin" / "pytest").exists():  # it reports a failed install,
        raise SystemExit(f"the peer's install failed in {project}")  # then exits 0
    return project


def peer_env(name: str) -> dict[str, str]:
    """The peer's settings for the README's PostgreSQL (its tests create their own
    database, `<name>_test`)."""
    prefix = name.upper()
    return {f"{prefix}_DB_HOST": "127.0.0.1", f"{prefix}_DB_USER": "postgres",
            f"{prefix}_DB_PASS": ""}  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(
    bin_dir: Path, target: list[str], cwd: Path, env: dict[str, str], health: str = "/health"
) -> Iterator[tuple[str, int]]:
    """uvicorn (one process, no access log) serving `target`, once `health` answers:
    its base URL and pid."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(bin_dir / "uvicorn"),
            *target,
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env=user_env(env),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + health, timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"{' '.join(target)} did not start") from None
                time.sleep(0.2)
        yield base, server.pid
    finally:
        server.terminate()
        server.wait(timeout=10)


def load(bin_dir: Path, url: str, seconds: float, connections: int = 32) -> dict[str, float]:
    """Run bench/load.py with the project's Python against `url`."""
    script = str(REPO / "bench" / "load.py")
    command = [str(bin_dir / "python"), script, url, "--seconds", str(seconds)]
    done = subprocess.run(
        [*command, "--connections", str(connections)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def cpu_seconds(pid: int) -> float:
    """The CPU time (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def resident_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def printed_seconds(bin_dir: Path, project: Path, code: str) -> float:
    """What `code`, run by the project's own Python, printed last: seconds it measured."""
    return float(run_printing([str(bin_dir / "python"), "-c", code], project))
