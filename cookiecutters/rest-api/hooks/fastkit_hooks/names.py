"""Rules for project names: they become a folder and a distribution name."""

import re

from fastkit_hooks import InvalidAnswer

MAX_NAME_LENGTH = 64
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


def normalized(name: str) -> str:
    """The PEP 503 form, so `My_App` and `my-app` compare equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def check_project_name(name: str, reserved: list[str]) -> None:
    """Refuse names that cannot be a folder, a package name, or that shadow a dependency."""
    allowed = "a letter, then letters, digits, '-' or '_'"
    if not name.strip():
        raise InvalidAnswer(f"project name is empty: use {allowed}")
    if "/" in name or "\\" in name or ".." in name:
        raise InvalidAnswer(f"project name {name!r} is a path: use {allowed}")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidAnswer(
            f"project name is {len(name)} characters long: use at most {MAX_NAME_LENGTH}"
        )
    if not _NAME.match(name):
        raise InvalidAnswer(f"project name {name!r} is not allowed: use {allowed}")
    if normalized(name) in {normalized(r) for r in reserved}:
        raise InvalidAnswer(
            f"project name {name!r} shadows a package the project depends on "
            f"or a folder it contains: choose another name"
        )
