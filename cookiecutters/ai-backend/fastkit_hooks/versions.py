# Generated from hooks/fastkit_hooks/versions.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""A template's version: a digest of the files a render comes from.

Every project records it (`template_version` in .fastkit.yaml), so that `fastkit
update` can render the project again as it was made. What cookiecutter never reads
is left out (a type's declaration and the choice and flag folders the synced copies
are made from, an export's README, git's folder, compiled modules), so the same
template has the same version in fastkit, in plain cookiecutter and as an export.
"""

import hashlib
from pathlib import Path

# Top-level names of a template folder that no render reads.
NOT_RENDERED = {"type.yaml", "choices", "flags", "README.md", ".git"}


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
    """16 hex digits of a SHA-256 over each file's name and bytes."""
    hashed = hashlib.sha256(b"fastkit template")
    for name, path in template_files(folder):
        hashed.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()[:16]
