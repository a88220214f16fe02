"""Compiled templates kept between runs: Jinja's bytecode cache in the user's cache folder.

Compiling the templates is most of a generation's time, and the result only depends on
each template's source, which Jinja checksums: an edited template is compiled afresh.
The output is the same with or without the cache (plain cookiecutter compiles every time).
"""

import contextlib
import os
import stat
from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "fastkit" / "jinja"


class _BestEffortCache(FileSystemBytecodeCache):
    """A cache that cannot be read or written (read-only home, full disk) costs only time."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def bytecode_cache() -> FileSystemBytecodeCache | None:
    """The cache, in a folder only this user can read (cached code is executed)."""
    folder = cache_folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    # A folder made by someone else, or one others may write to, could hold their code.
    if status.st_uid != os.getuid() or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return _BestEffortCache(str(folder))
