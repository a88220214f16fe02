"""One fastkit at a time per target folder: a lock file beside it, held with flock.

The kernel releases the lock when the process dies, so a crashed run never blocks
the next one; the lock file itself is removed by the run that holds it.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class TargetBusy(Exception):
    """Another fastkit process is writing the same target."""


def lock_path(target: Path) -> Path:
    return target.parent / f".fastkit-{target.name}.lock"


@contextmanager
def target_lock(target: Path) -> Iterator[None]:
    path = lock_path(target)
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # closed on exit
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise TargetBusy(
                f"another fastkit run is writing {target}: wait for it to finish"
            ) from None
        # The holder before us may have removed the file after we opened it: then
        # the lock we hold is on a file nobody else will see. Take it again.
        try:
            same = os.stat(path).st_ino == os.fstat(descriptor).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(descriptor)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(descriptor)
