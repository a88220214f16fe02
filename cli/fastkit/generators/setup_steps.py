"""What runs once the project is in place, when asked: --lock, --install, --git.

None of it is in the cookiecutter hooks, so plain cookiecutter stays offline and
quick. The steps run in one order whatever order they were asked in: the lock file
first (the install then follows it), the environment next (pre-commit is installed
from it; a fullstack project's frontend packages and API client after it), git
last (the first commit holds everything, lock file and API client included). A
command that fails stops the rest; the project stays where it is, and the error
gives the commands that finish the job.
"""

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The order the steps run in, whatever order they were asked in.
STEP_ORDER = ("lock", "install", "git")
VENV = ".venv"
FRONTEND = "frontend"  # a fullstack project's pages, with their own package.json
COMMIT_MESSAGE = "Initial commit (fastkit create-project)"
# Committed as this only when git has no identity configured; the report says so.
FALLBACK_EMAIL = "fastkit@localhost"
USER_KEYS = ("user.name", "user.email")


class SetupFailed(Exception):
    """A command failed; the message is one line with the commands that finish the job."""


@dataclass(frozen=True)
class Command:
    argv: list[str]
    shown: str  # how a user types it in the project folder
    folder: str = ""  # where it runs, inside the project


@dataclass(frozen=True)
class Step:
    done: str  # what the report says once it ran
    commands: list[Command]


def find_uv() -> str | None:
    """uv on PATH, else the one the `uv` package installed beside fastkit."""
    found = shutil.which("uv")
    if found:
        return found
    try:
        from uv import find_uv_bin
    except ImportError:
        return None
    try:
        return str(find_uv_bin())
    except FileNotFoundError:
        return None


def venv_bin(project: Path) -> Path:
    return project / VENV / ("Scripts" if os.name == "nt" else "bin")


def lock_step(uv: str | None) -> Step:
    return Step("wrote uv.lock", [Command([uv or "uv", "lock", "--quiet"], "uv lock")])


def project_extras(project: Path) -> list[str]:
    """The extras the project declares: dev, and what its code needs beyond its
    default dependencies (torch, for an ai-backend's PyTorch model)."""
    import tomllib

    try:  # with -s a user's own pyproject.toml may have been kept: read, never trusted
        data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
        extras = data["project"]["optional-dependencies"]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return ["dev"]
    return [str(name) for name in extras] if isinstance(extras, dict) and extras else ["dev"]


def install_step(project: Path, uv: str | None, locked: bool) -> Step:
    """A .venv with the project (editable) and every extra it declares (its dev tools
    among them); uv when there is one.

    A .venv that is already there (--force into a folder that had one) is installed
    into, never created again over it.
    """
    python = str(venv_bin(project) / "python")
    extras = project_extras(project)
    editable = f".[{','.join(extras)}]"
    if uv is not None and locked:
        chosen = [arg for extra in extras for arg in ("--extra", extra)]
        sync = [uv, "sync", "--quiet", *chosen, "--python", sys.executable]
        return Step("created .venv from uv.lock", [Command(sync, f"uv sync {' '.join(chosen)}")])
    if uv is not None:
        tool = "uv"
        venv = Command([uv, "venv", "--quiet", "--python", sys.executable, VENV], "uv venv")
        install = Command(
            [uv, "pip", "install", "--quiet", "--python", python, "-e", editable],
            f'uv pip install -e "{editable}"',
        )
    else:
        tool = "pip"
        venv = Command([sys.executable, "-m", "venv", VENV], "python -m venv .venv")
        install = Command(
            [python, "-m", "pip", "install", "--quiet", "-e", editable],
            f'.venv/bin/pip install -e "{editable}"',
        )
    commands = [install] if (project / VENV).exists() else [venv, install]
    return Step(f"created .venv and installed the project with {tool}", commands)


def _npm() -> str:
    return shutil.which("npm") or "npm"  # a missing npm fails as a step, naming it


def client_command() -> Command:
    """The frontend's API client, made from the backend's OpenAPI document."""
    return Command(
        [_npm(), "run", "generate-client"], "(cd frontend && npm run generate-client)", FRONTEND
    )


def frontend_step() -> Step:
    """The frontend's packages, as its lock file pins them, and its API client, made
    from the installed backend's OpenAPI document (so it follows the install)."""
    return Step(
        "installed the frontend's packages and generated its API client",
        [
            Command([_npm(), "ci", "--no-audit", "--no-fund"], "(cd frontend && npm ci)", FRONTEND),
            client_command(),
        ],
    )


def client_ready(project: Path) -> bool:
    """Whether the frontend's client can be made here: its packages and the
    backend's .venv (which dumps the OpenAPI document) are installed."""
    tool = project / FRONTEND / "node_modules" / ".bin" / "openapi-ts"
    return tool.exists() and (venv_bin(project) / "python").exists()


def regenerate_client(project: Path) -> None:
    """Make the client again (the API changed). Raises SetupFailed naming the command."""
    command = client_command()
    _run(command, project.resolve(), [command])


def git_step(project: Path, author: str, with_pre_commit: bool) -> Step:
    """A repository with one commit, then the pre-commit hooks (from the environment).

    Nothing to run when the project already lies in a work tree (a monorepo, say):
    that repository is the user's, and committing their other files is not ours.
    """
    git = shutil.which("git") or "git"  # a missing git fails at `git init`, as a step
    if _inside_work_tree(git, project):
        return Step("git: left alone, the project is inside an existing repository", [])
    identity, done = git_identity(git, project, author)
    commit = [git, *identity, "commit", "--quiet", "-m", COMMIT_MESSAGE]
    commands = [
        Command([git, "init", "--quiet"], "git init"),
        Command([git, "add", "--all"], "git add --all"),
        Command(commit, f"git commit -m {shlex.quote(COMMIT_MESSAGE)}"),
    ]
    if with_pre_commit:
        pre_commit = str(venv_bin(project) / "pre-commit")
        commands.append(Command([pre_commit, "install"], ".venv/bin/pre-commit install"))
        done += "; pre-commit hooks installed"
    return Step(done, commands)


def _git_output(git: str, project: Path, *args: str) -> str:
    """What a git query prints; nothing when git is missing or the query fails."""
    try:
        done = subprocess.run([git, *args], cwd=project, capture_output=True, text=True)
    except FileNotFoundError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _inside_work_tree(git: str, project: Path) -> bool:
    return _git_output(git, project, "rev-parse", "--is-inside-work-tree") == "true"


def git_identity(git: str, project: Path, author: str) -> tuple[list[str], str]:
    """`-c user.…` options when git has no identity of its own, and what to report."""
    done = "initialised git with a first commit"
    configured = {key: _git_output(git, project, "config", "--get", key) for key in USER_KEYS}
    if all(configured.values()):
        return [], done
    name = configured["user.name"] or author
    email = configured["user.email"] or FALLBACK_EMAIL
    note = f" as {name} <{email}> (git has no identity set: amend with --reset-author)"
    return ["-c", f"user.name={name}", "-c", f"user.email={email}"], done + note


def plan(project: Path, chosen: set[str], author: str) -> list[Step]:
    uv = find_uv()
    steps: list[Step] = []
    if "lock" in chosen:
        steps.append(lock_step(uv))
    if "install" in chosen:
        locked = "lock" in chosen or (project / "uv.lock").exists()
        steps.append(install_step(project, uv, locked))
        if (project / FRONTEND / "package.json").is_file():
            steps.append(frontend_step())
    if "git" in chosen:
        with_pre_commit = "install" in chosen or (venv_bin(project) / "pre-commit").exists()
        steps.append(git_step(project, author, with_pre_commit))
    return steps


def run_setup(
    project: Path,
    chosen: set[str],
    author: str,
    report: Callable[[str], None] = lambda message: None,
    announce: Callable[[str], None] = lambda message: None,
) -> None:
    """Run the chosen steps: `announce` what each runs, `report` it done with its time.

    Raises SetupFailed at the first command that fails.
    """
    project = project.resolve()  # commands run in it and name paths inside it
    steps = plan(project, chosen, author)
    commands_left = [command for step in steps for command in step.commands]
    for step in steps:
        if step.commands:
            announce(" && ".join(command.shown for command in step.commands))
        started = time.monotonic()
        for command in step.commands:
            _run(command, project, commands_left)
            commands_left.pop(0)
        took = f" ({time.monotonic() - started:.1f} s)" if step.commands else ""
        report(step.done + took)


def _run(command: Command, project: Path, commands_left: list[Command]) -> None:
    try:
        done = subprocess.run(
            command.argv,
            cwd=project / command.folder,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        program = command.argv[0]
        reason = f"{program} not found" if os.sep in program else f"{program} is not on PATH"
    except OSError as error:
        reason = error.strerror or str(error)
    else:
        if done.returncode == 0:
            return
        said = [line.strip() for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        reason = f"exit code {done.returncode}" + (f": {said[-1]}" if said else "")
    finish = " && ".join(command.shown for command in commands_left)
    raise SetupFailed(
        f"`{command.shown}` failed ({reason}); {project} is in place: to finish, run there: "
        f"{finish}"
    )
