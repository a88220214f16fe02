"""Plain cookiecutter templates (a folder with a cookiecutter.json and no layer.yaml),
rendered as cookiecutter renders them, with fastkit's guard rails around it.

- Before anything runs, each file and folder name of the template is rendered with
  the answers in a sandboxed Jinja environment: a name that would leave the output
  folder (`..`, an absolute path, a path separator) is refused, nothing written.
- cookiecutter itself, with the template's hooks and Jinja extensions, runs in a
  subprocess: a clean environment (no variable of ours but the locale, PATH, HOME and
  the terminal: no secrets), the staging folder inside the output folder as its
  working directory, a time limit (FASTKIT_TEMPLATE_TIMEOUT seconds, 300 by
  default), its own config (the user's default_context, a replay folder of its own).
- What it renders moves into place all or nothing; a failure, a hook that exits
  non-zero or the time limit leaves nothing behind.

A template with hooks or Jinja extensions is code: it runs only once trusted
(fastkit.layers.trust), as a git template does.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from fastkit.generators.placement import staging_in
from fastkit.shared.validators import InvalidInput

KEPT_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TERM", "TMPDIR", "USER", "LOGNAME")
MAX_JSON_BYTES = 1024 * 1024


def is_plain(folder: Path) -> bool:
    return (folder / "cookiecutter.json").is_file() and not (folder / "layer.yaml").exists()


def variables(folder: Path) -> dict[str, Any]:
    """The template's cookiecutter.json (its variables, and `_` settings)."""
    path = folder / "cookiecutter.json"
    raw = path.read_bytes()[: MAX_JSON_BYTES + 1]
    try:
        data = json.loads(raw) if len(raw) <= MAX_JSON_BYTES else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path}: not a JSON mapping of at most 1 MiB")
    return data


def runs_code(folder: Path) -> bool:
    """Hooks or Jinja extensions: Python the template brings."""
    hooks = folder / "hooks"
    return (hooks.is_dir() and any(hooks.iterdir())) or bool(variables(folder).get("_extensions"))


def context(folder: Path, answers: dict[str, str]) -> dict[str, Any]:
    """The variables as cookiecutter will fill them in: the answers, then each default
    (the first of a list), rendered in order as cookiecutter renders them."""
    env = SandboxedEnvironment(keep_trailing_newline=True)
    filled: dict[str, Any] = {}
    for key, default in variables(folder).items():
        if key.startswith("_"):
            filled[key] = default
        elif key in answers:
            filled[key] = answers[key]
        else:
            value = default[0] if isinstance(default, list) and default else default
            if isinstance(value, str):
                # An extension's tag does not render here: cookiecutter renders it, and
                # the names are checked with what did.
                with contextlib.suppress(TemplateError):
                    value = env.from_string(value).render(cookiecutter=filled)
            filled[key] = value
    return filled


def check_names(folder: Path, filled: dict[str, Any]) -> str:
    """Every name the template would write stays inside the output folder; the
    project folder's name."""
    env = SandboxedEnvironment()
    roots = [
        p for p in folder.iterdir() if p.is_dir() and "{{" in p.name and "cookiecutter" in p.name
    ]
    if len(roots) != 1:
        raise InvalidInput(
            f"{folder}: a cookiecutter template has one folder named with {{{{cookiecutter...}}}}"
        )
    names = []
    for path in [roots[0], *roots[0].rglob("*")]:
        try:
            name = env.from_string(path.name).render(cookiecutter=filled)
        except TemplateError as error:
            raise InvalidInput(
                f"{folder}: the name {path.name!r} does not render: {error}"
            ) from None
        if name in ("", ".", "..") or "/" in name or "\\" in name or "\0" in name:
            where = path.relative_to(folder)
            raise InvalidInput(
                f"{folder}: {where} would be named {name!r}, outside the output folder: "
                "refused, nothing written"
            )
        names.append(name)
    return names[0]


def render(folder: Path, answers: dict[str, str], output_dir: Path) -> Path:
    """The project the template renders, moved into output_dir all or nothing."""
    target = output_dir / check_names(folder, context(folder, answers))
    if os.path.lexists(target):  # before anything runs
        raise InvalidInput(f"{target} exists: choose another name or --output-dir")
    with staging_in(output_dir, ".fastkit-template-") as staging:
        rendered = _run_cookiecutter(folder, answers, staging)
        if rendered.name != target.name or os.path.lexists(target):
            raise InvalidInput(
                f"{folder}: the template named its project {rendered.name!r} where its "
                f"names said {target.name!r}, or {target} appeared meanwhile: nothing written"
            )
        os.replace(rendered, target)
    return target


def _run_cookiecutter(folder: Path, answers: dict[str, str], staging: Path) -> Path:
    from cookiecutter.config import get_user_config

    private = staging / ".cookiecutter"
    private.mkdir()
    config = private / "config.yaml"
    users = get_user_config().get("default_context") or {}
    config.write_text(
        yaml.safe_dump(
            {
                "default_context": dict(users),
                "replay_dir": str(private / "replay"),
                "cookiecutters_dir": str(private / "templates"),
            }
        ),
        encoding="utf-8",
    )
    out = staging / "out"
    command = [
        sys.executable, "-m", "cookiecutter", str(folder), "--no-input",
        "--config-file", str(config), "--output-dir", str(out),
        *(f"{key}={value}" for key, value in answers.items()),
    ]  # fmt: skip
    env = {key: os.environ[key] for key in KEPT_VARIABLES if key in os.environ}
    limit = float(os.environ.get("FASTKIT_TEMPLATE_TIMEOUT", "300"))
    process = subprocess.Popen(
        command,
        cwd=staging,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its hooks' children are stopped with it
    )
    try:
        _, errors = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise InvalidInput(
            f"{folder}: the template ran over {limit:g} s (FASTKIT_TEMPLATE_TIMEOUT): "
            "stopped, nothing written"
        ) from None
    if process.returncode != 0:
        lines = [line for line in errors.splitlines() if line.strip()]
        reason = lines[-1].strip() if lines else f"exit {process.returncode}"
        raise InvalidInput(f"{folder}: the template failed ({reason}): nothing written")
    made = [p for p in out.iterdir()] if out.is_dir() else []
    if len(made) != 1 or not made[0].is_dir():
        raise InvalidInput(f"{folder}: the template rendered no project folder: nothing written")
    return made[0]
