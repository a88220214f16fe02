"""Moving a rendered project into its target folder, all or nothing.

Every destination is checked before the first file moves: a file where the project
needs a folder (or the reverse) and symbolic links are refused; files that already
exist are conflicts, which the policy resolves (refuse, keep the user's file, or
replace it after a backup). If a move still fails, what was moved is moved back.
"""

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from fastkit.shared.interrupts import deferred_signals

SHOWN_CONFLICTS = 5
# File systems without hard links answer these; the move then copies.
_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP}


@contextmanager
def staging_in(output_dir: Path, prefix: str) -> Iterator[Path]:
    """A fresh folder inside output_dir (made, with its missing parents, if need be)
    to render into; on the way out, it is gone, and so are the folders this made that
    are still empty: a failed run leaves nothing behind."""
    created = [p for p in (output_dir, *output_dir.parents) if not os.path.lexists(p)]
    staging: Path | None = None
    try:
        with deferred_signals():  # created and recorded at once, or not at all
            output_dir.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=prefix, dir=output_dir)).resolve()
        yield staging
    finally:
        with deferred_signals():
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            for folder in created:  # deepest first; each is left alone once it holds files
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()


class OnConflict(Enum):
    REFUSE = "refuse"  # --force alone: stop before writing anything
    SKIP = "skip"  # --skip-if-file-exists: keep the user's file
    OVERWRITE = "overwrite"  # --overwrite: replace it, after a backup


class PlacementRefused(Exception):
    """The target cannot take the project as it is; nothing was written."""


@dataclass
class Placed:
    kept: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    backup_dir: Path | None = None


def _shown(paths: list[str]) -> str:
    more = len(paths) - SHOWN_CONFLICTS
    return ", ".join(paths[:SHOWN_CONFLICTS]) + (f" and {more} more" if more > 0 else "")


def _conflicts(rendered: Path, target: Path) -> list[str]:
    """The files that exist in target already; raises on what no policy can resolve."""
    conflicts = []
    for root, dirs, files in os.walk(rendered):
        dirs.sort()
        for name in [*sorted(dirs), *sorted(files)]:
            source = Path(root) / name
            relative = source.relative_to(rendered)
            destination = target / relative
            if destination.is_symlink():
                raise PlacementRefused(
                    f"{destination} is a symbolic link: fastkit does not write through "
                    "links; move it away first"
                )
            if not destination.exists():
                continue
            if source.is_dir() != destination.is_dir():
                needed = "folder" if source.is_dir() else "file"
                found = "folder" if destination.is_dir() else "file"
                raise PlacementRefused(
                    f"{destination} is a {found}, but the project needs a {needed} "
                    "there: move it away first"
                )
            if not source.is_dir():
                conflicts.append(relative.as_posix())
    return conflicts


def place(rendered: Path, target: Path, on_conflict: OnConflict) -> Placed:
    """Move the rendered project to target (new, or an existing folder that is kept)."""
    if not os.path.lexists(target):
        os.rename(rendered, target)
        return Placed()
    conflicts = _conflicts(rendered, target)
    if conflicts and on_conflict is OnConflict.REFUSE:
        raise PlacementRefused(
            f"{len(conflicts)} files already exist in {target} and would be overwritten: "
            f"{_shown(conflicts)}; keep yours with --skip-if-file-exists, or replace them "
            "with --overwrite (each replaced file is backed up)"
        )
    return _merge(rendered, target, set(conflicts), on_conflict)


def _merge(rendered: Path, target: Path, conflicts: set[str], on_conflict: OnConflict) -> Placed:
    placed = Placed()
    created: list[Path] = []
    moved: list[Path] = []
    backups: list[tuple[Path, Path]] = []  # (backup, original place)
    if conflicts and on_conflict is OnConflict.OVERWRITE:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        placed.backup_dir = target / f".fastkit-backup-{stamp}"
    try:
        for root, dirs, files in os.walk(rendered):
            dirs.sort()
            relative_root = Path(root).relative_to(rendered)
            # Each change and its record happen together (signals wait), so that
            # the roll-back knows everything that was done.
            for name in sorted(dirs):
                folder = target / relative_root / name
                if not folder.exists():
                    with deferred_signals():
                        folder.mkdir()
                        created.append(folder)
            for name in sorted(files):
                relative = (relative_root / name).as_posix()
                source, destination = Path(root) / name, target / relative
                if relative in conflicts and on_conflict is OnConflict.SKIP:
                    placed.kept.append(relative)
                    continue
                if relative in conflicts:
                    assert placed.backup_dir is not None
                    backup = placed.backup_dir / relative
                    backup.parent.mkdir(parents=True, exist_ok=True)
                    with deferred_signals():
                        os.rename(destination, backup)
                        backups.append((backup, destination))
                    placed.replaced.append(relative)
                with deferred_signals():
                    _move_without_clobbering(source, destination)
                    moved.append(destination)
    except BaseException:
        with deferred_signals():
            _roll_back(created, moved, backups, placed.backup_dir)
        raise
    return placed


def _move_without_clobbering(source: Path, destination: Path) -> None:
    """Move a file; fail if the destination appeared since it was checked."""
    try:
        os.link(source, destination)  # EEXIST instead of replacing
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(destination):
            raise FileExistsError(f"{destination} appeared while fastkit wrote") from error
        shutil.copy2(source, destination)
    os.unlink(source)


def _roll_back(
    created: list[Path],
    moved: list[Path],
    backups: list[tuple[Path, Path]],
    backup_dir: Path | None,
) -> None:
    for destination in reversed(moved):
        destination.unlink(missing_ok=True)
    for backup, original in reversed(backups):
        os.rename(backup, original)
    if backup_dir is not None and backup_dir.exists():
        shutil.rmtree(backup_dir)
    for folder in reversed(created):
        if folder.exists() and not any(folder.iterdir()):
            folder.rmdir()
