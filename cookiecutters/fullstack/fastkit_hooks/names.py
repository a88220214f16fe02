# Generated from hooks/fastkit_hooks/names.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Rules for project names: they become a folder, a distribution name and the
stem of database names (`<name>_test` included)."""

import re

from fastkit_hooks import InvalidAnswer

# `<name>_test` must fit the shortest database-name limit of the servers a project
# can use: PostgreSQL 63 bytes, MongoDB 63 bytes, MySQL/MariaDB 64 characters.
LONGEST_NAME_SUFFIX = "_test"
MAX_NAME_LENGTH = 63 - len(LONGEST_NAME_SUFFIX)
# Packaging tools (hatchling, pip) want a letter or digit at both ends.
_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9_-]*[A-Za-z0-9])?\Z")
ALLOWED = "a letter, then letters, digits, '-' or '_', ending in a letter or digit"
# What installs a project into its environment: a project of that name installed
# there replaces it (pip installing a project named pip removes pip itself).
INSTALLERS = {
    "pip", "setuptools", "wheel", "uv", "pipx", "virtualenv", "build", "hatchling",
    "poetry", "pdm", "packaging", "pkg-resources", "distutils", "ensurepip", "venv",
}  # fmt: skip


def normalized(name: str) -> str:
    """The PEP 503 form, so `My_App` and `my-app` compare equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def database_name(name: str) -> str:
    """The database (and service user) name a project derives from its name."""
    return name.lower().replace("-", "_")


def check_project_name(name: str, reserved: list[str]) -> None:
    """Refuse names that cannot be a folder, a package name, or that shadow a dependency."""
    if not name.strip():
        raise InvalidAnswer(f"project name is empty: use {ALLOWED}")
    if "/" in name or "\\" in name or ".." in name:
        raise InvalidAnswer(f"project name {name!r} is a path: use {ALLOWED}")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidAnswer(
            f"project name is {len(name)} characters long: use at most {MAX_NAME_LENGTH} "
            f"(databases named <name>{LONGEST_NAME_SUFFIX} must fit PostgreSQL, MySQL and MongoDB)"
        )
    if not _NAME.match(name):
        raise InvalidAnswer(f"project name {name!r} is not allowed: use {ALLOWED}")
    if normalized(name) in {normalized(i) for i in INSTALLERS}:
        raise InvalidAnswer(
            f"project name {name!r} is the name of a Python installer: installing the "
            "project would replace it in its own environment; choose another name"
        )
    if normalized(name) in {normalized(r) for r in reserved}:
        raise InvalidAnswer(
            f"project name {name!r} shadows a package the project depends on "
            f"or a folder it contains: choose another name"
        )
