"""Formatting the rendered files, then writing them and the edits all or nothing.

Files are formatted aside with ruff, under the project's own ruff settings, so the
new code passes the project's `ruff format --check` and import sorting as the rest
does. Then every new file and edit is written; if anything fails or a signal
arrives, what was written is removed and the edited files are restored.
"""

import os
import subprocess
import tempfile
from pathlib import Path

from fastkit.shared.interrupts import deferred_signals
from fastkit_hooks.domain.code import FIRST_PARTY


class FormattingFailed(Exception):
    """ruff refused the rendered code: a fastkit bug, reported with ruff's words."""


def formatted(project_root: Path, files: dict[str, str]) -> dict[str, str]:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    ruff = os.fsdecode(find_ruff_bin())
    config = project_root / "pyproject.toml"
    with tempfile.TemporaryDirectory(prefix="fastkit-domain-") as staging:
        for relative, text in files.items():
            path = Path(staging, relative)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        settings = ["--config", str(config)] if config.is_file() else []
        # Staged aside, the new modules are not where ruff looks for first-party code.
        settings += ["--config", f"lint.isort.known-first-party = {list(FIRST_PARTY)!r}"]
        for command in (
            [ruff, "check", "--fix-only", "--select", "I", "--quiet", "--no-cache", *settings, "."],
            [ruff, "format", "--quiet", "--no-cache", *settings, "."],
        ):
            result = subprocess.run(command, capture_output=True, text=True, cwd=staging)
            if result.returncode != 0:
                raise FormattingFailed((result.stderr or result.stdout).strip())
        return {r: Path(staging, r).read_text(encoding="utf-8") for r in files}


def _write(path: Path, text: str) -> None:
    """Through a temporary file and a rename: a reader never sees half a file, and
    a write that fails (a full disk) leaves no temporary file behind."""
    temporary = path.with_name(f".{path.name}.fastkit-tmp")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_all(project_root: Path, new_files: dict[str, str], edits: dict[str, str]) -> None:
    """Write every file or none. An edited file's original is kept as a hard link
    until the end (no copy, so a full disk cannot stop the way back)."""
    created_files: list[Path] = []
    created_dirs: list[Path] = []
    originals: dict[Path, Path] = {}  # edited file -> link to its original
    try:
        for relative, text in new_files.items():
            path = project_root / relative
            missing = [p for p in reversed(path.parents) if not p.exists()]
            for folder in missing:
                folder.mkdir()
                created_dirs.append(folder)
            created_files.append(path)
            _write(path, text)
        for relative, text in edits.items():
            path = project_root / relative
            original = path.with_name(f".{path.name}.fastkit-original")
            original.unlink(missing_ok=True)
            os.link(path, original)
            originals[path] = original
            _write(path, in_line_endings_of(original, text))
    except BaseException:
        with deferred_signals():
            for path, original in originals.items():
                if path.samefile(original):  # not replaced yet (rename would do nothing)
                    original.unlink()
                else:
                    os.replace(original, path)
            for path in reversed(created_files):
                path.unlink(missing_ok=True)
            for folder in reversed(created_dirs):
                folder.rmdir()
        raise
    for original in originals.values():
        original.unlink()


def in_line_endings_of(original: Path, text: str) -> str:
    """`text` with the original's line endings: an edit leaves a CRLF file CRLF."""
    if b"\r\n" not in original.read_bytes():
        return text
    return text.replace("\r\n", "\n").replace("\n", "\r\n")
