"""Writing an update into the project all or nothing: every new text is staged
beside its file first, each original is moved aside, and any failure or stop
signal puts every original back."""

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from fastkit.shared.interrupts import deferred_signals


def write_all(root: Path, writes: Mapping[str, bytes | None], modes_from: Path) -> None:
    """Give each path its new content (None: remove it), the file mode of the same path
    under `modes_from` (the new render) for new files; all or nothing."""
    with tempfile.TemporaryDirectory(prefix=".fastkit-update-", dir=root) as aside:
        backups = Path(aside) / "originals"
        staged = Path(aside) / "staged"
        done: list[tuple[Path, Path | None]] = []  # (target, its original's backup)
        created: list[Path] = []  # folders this made
        try:
            for name, text in writes.items():
                if text is not None:
                    _stage(staged / name, text, modes_from / name, root / name)
            for name, text in writes.items():
                target = root / name
                backup = None
                if target.exists():
                    backup = backups / name
                    backup.parent.mkdir(parents=True, exist_ok=True)
                with deferred_signals():  # moved and recorded at once
                    if backup is not None:
                        os.replace(target, backup)
                    done.append((target, backup))
                if text is not None:
                    with deferred_signals():  # each folder made is recorded with it
                        created += _make_parents(target.parent, root)
                    os.replace(staged / name, target)
        except BaseException:
            with deferred_signals():
                _roll_back(done, created)
            raise
    for name, text in writes.items():  # a removed file's folders, once empty, go too
        if text is None:
            _remove_empty_parents((root / name).parent, root)


def _stage(path: Path, text: bytes, template: Path, current: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text)
    source = current if current.exists() else template
    if source.exists():
        shutil.copymode(source, path)


def _make_parents(folder: Path, root: Path) -> list[Path]:
    missing = [p for p in (folder, *folder.parents) if p != root and not p.exists()]
    missing = [p for p in missing if root in p.parents]
    for path in reversed(missing):
        path.mkdir()
    return missing  # deepest first


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents and folder.is_dir():
        if any(folder.iterdir()):
            return
        folder.rmdir()
        folder = folder.parent


def _roll_back(done: list[tuple[Path, Path | None]], created: list[Path]) -> None:
    for target, backup in reversed(done):
        if target.exists() or target.is_symlink():
            target.unlink()
        if backup is not None:
            os.replace(backup, target)
    for folder in created:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
