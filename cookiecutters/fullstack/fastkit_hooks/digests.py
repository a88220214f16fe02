# Generated from hooks/fastkit_hooks/digests.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Digests of sets of files: a template's version, and what fastkit caches or trusts
by content (a custom template's build, a git template's or a plugin's files).

A template's version is recorded by every project (`template_version` in
.fastkit.yaml), so that `fastkit update` can render the project again as it was
made. What cookiecutter never reads is left out of it (a type's declaration and the
choice and flag folders the synced copies are made from, an export's README, git's
folder, compiled modules), so the same template has the same version in fastkit, in
plain cookiecutter and as an export.
"""

import hashlib
from collections.abc import Iterable
from pathlib import Path

# Top-level names of a template folder that no render reads.
NOT_RENDERED = {"type.yaml", "choices", "flags", "README.md", ".git"}


def files_digest(files: Iterable[tuple[str, Path]], salt: str) -> str:
    """16 hex digits of a SHA-256 over each file's name (as given) and bytes, in name
    order, after the salt; a name that is no longer a regular file counts as empty."""
    hashed = hashlib.sha256(salt.encode())
    for name, path in sorted(files):
        hashed.update(name.encode() + b"\0")
        hashed.update((path.read_bytes() if path.is_file() else b"") + b"\0")
    return hashed.hexdigest()[:16]


def template_files(folder: Path) -> list[tuple[str, Path]]:
    """(relative path, path) of each file a render may read, in name order."""
    found = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if parts[0] in NOT_RENDERED or "__pycache__" in parts or path.suffix == ".pyc":
            continue
        if path.is_file():
            found.append(("/".join(parts), path))
    return sorted(found)


def template_version(folder: Path) -> str:
    return files_digest(template_files(folder), "fastkit template")
