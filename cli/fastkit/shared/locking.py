"""One fastkit at a time per target: a new project's folder (a lock file beside it)
or an existing project (its own .fastkit.yaml), held with flock.

The kernel releases the lock when the process dies, so a crashed run never blocks
the next one; a lock file of its own is removed by the run that holds it.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastkit.shared.interrupts import deferred_signals


class TargetBusy(Exception):
    """Another fastkit process is writing the same target."""


def lock_path(target: Path) -> Path:
    return target.parent / f".fastkit-{target.name}.lock"


@contextmanager
def target_lock(target: Path) -> Iterator[None]:
    path = lock_path(target)
    descriptor = None
    try:
        # Made and owned at once: a stop signal in between would leave the file behind.
        with deferred_signals():
            descriptor = _locked(path, target, create=True)
        yield
    finally:
        if descriptor is not None:
            with deferred_signals():
                path.unlink(missing_ok=True)
                os.close(descriptor)


@contextmanager
def file_lock(path: Path, target: Path) -> Iterator[None]:
    """Hold the lock of an existing file, which a run may replace (by a rename)
    while it holds it: the lock is on whatever file is at `path` when taken."""
    descriptor = _locked(path, target, create=False)
    try:
        yield
    finally:
        os.close(descriptor)


def _locked(path: Path, target: Path, create: bool) -> int:
    """A descriptor of the file at `path`, locked; TargetBusy if another run holds it."""
    flags = os.O_RDWR | os.O_CREAT if create else os.O_RDONLY
    while True:
        descriptor = os.open(path, flags, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise TargetBusy(
                f"another fastkit run is writing {target}: wait for it to finish"
            ) from None
        # The holder before us may have removed or replaced the file after we opened
        # it: then the lock we hold is on a file nobody else will see. Take it again.
        try:
            same = os.stat(path).st_ino == os.fstat(descriptor).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return descriptor
        os.close(descriptor)
