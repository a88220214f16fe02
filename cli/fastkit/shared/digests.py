"""One digest of a set of files, for what fastkit caches or trusts by content (a
custom template's build, a git template's or a plugin's files)."""

import hashlib
from collections.abc import Iterable
from pathlib import Path


def files_digest(files: Iterable[tuple[str, Path]], salt: str) -> str:
    """Of each file's name (as given) and bytes, in name order, after the salt; a name
    that is no longer a regular file counts as empty."""
    hashed = hashlib.sha256(salt.encode())
    for name, path in sorted(files):
        hashed.update(name.encode() + b"\0")
        hashed.update((path.read_bytes() if path.is_file() else b"") + b"\0")
    return hashed.hexdigest()[:16]
