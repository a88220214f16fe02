"""Compiled modules shared between the generated projects' venvs.

uv installs a library by hard-linking its files from uv's cache, so every venv's
copy of, say, sqlalchemy/orm/query.py is the same file (one inode), and uv does not
compile them: each project's first pytest compiled the same libraries again, 3-5 s
of every generated project's test. After a project's checks, `keep` files each
compiled module under its source's identity; after the next install, `seed` links
the ones whose source is the same file into the new venv's __pycache__. Python
checks a compiled module against its source's mtime and size before using it (and
compiles anew on a mismatch), the same check pip's install-time compiling relies
on; the identity here is stricter (the inode too). Nothing of the project's own code
is shared: its files are its own, never linked from a cache.
"""

import os
from collections import defaultdict
from pathlib import Path

PYCACHE = "__pycache__"


def site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python*/site-packages"))


def identity(source: str) -> str:
    """The file, not its path: the same inode, modification time and size."""
    found = os.stat(source)
    return f"{found.st_ino}-{found.st_mtime_ns}-{found.st_size}"


def stored(store: Path) -> dict[str, set[str]]:
    """Each source identity's compiled forms: their tags, `cpython-311.pyc`, or
    `cpython-311-pytest-9.2.0.pyc` for a module pytest rewrote (a plugin's)."""
    tags: dict[str, set[str]] = defaultdict(set)
    for name in os.listdir(store):
        source, _, tag = name.partition(".")
        tags[source].add(tag)
    return tags


def seed(venv: Path, store: Path) -> int:
    """Link the stored compiled forms of this venv's library files into place; how many."""
    store.mkdir(parents=True, exist_ok=True)
    tags = stored(store)
    linked = 0
    for folder, _, files in os.walk(site_packages(venv)):
        for name in files:
            if not name.endswith(".py"):
                continue
            source = identity(os.path.join(folder, name))
            if source not in tags:
                continue
            cache = os.path.join(folder, PYCACHE)
            os.makedirs(cache, exist_ok=True)
            for tag in tags[source]:
                try:
                    os.link(store / f"{source}.{tag}", os.path.join(cache, f"{name[:-3]}.{tag}"))
                except OSError:  # there already; or another file system: compiled anew
                    continue
                linked += 1
    return linked


def keep(venv: Path, store: Path) -> int:
    """Store what this venv's runs compiled, by source identity; how many were new.
    A link, so a test worker beside this one may store the same file at the same time."""
    store.mkdir(parents=True, exist_ok=True)
    tags = stored(store)
    kept = 0
    for folder, _, files in os.walk(site_packages(venv)):
        if os.path.basename(folder) != PYCACHE:
            continue
        for name in files:
            stem, _, tag = name.partition(".")
            if not tag.endswith(".pyc"):
                continue
            try:
                source = identity(os.path.join(os.path.dirname(folder), f"{stem}.py"))
            except FileNotFoundError:  # compiled from a file since removed
                continue
            if tag in tags[source]:
                continue
            try:
                os.link(os.path.join(folder, name), store / f"{source}.{tag}")
            except OSError:  # stored by the worker beside this one; or another file system
                continue
            tags[source].add(tag)
            kept += 1
    return kept
