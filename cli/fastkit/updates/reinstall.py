"""Whether an update changes what the project installs, and how to reinstall it: a
cache added with `fastkit add cache=redis` brings the redis client, which is not in
the project's .venv until it is installed again (the tests fail on `import redis`
until then)."""

import tomllib
from pathlib import Path

from fastkit.generators.setup_steps import find_uv, install_step, lock_step

PYPROJECT = "pyproject.toml"


def dependencies_changed(before: bytes | None, after: bytes | None) -> bool:
    """The dependencies or extras pyproject.toml declares differ (a text that is not
    TOML, conflict markers say, counts as a change: it is read once resolved)."""
    return _declared(before) != _declared(after)


def _declared(text: bytes | None) -> object:
    if text is None:
        return None
    try:
        project = tomllib.loads(text.decode("utf-8")).get("project", {})
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return text
    return project.get("dependencies"), project.get("optional-dependencies")


def reinstall_commands(root: Path) -> str:
    """What the user types in the project to install it again, as --install would:
    uv when there is one (the lock file first, for a locked project), else pip."""
    uv = find_uv()
    locked = uv is not None and (root / "uv.lock").exists()
    steps = [lock_step(uv)] if locked else []
    steps.append(install_step(root, uv, locked))
    return " && ".join(command.shown for step in steps for command in step.commands)
