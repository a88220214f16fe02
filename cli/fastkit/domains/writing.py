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
        settings += ["--config", "lint.isort.known-first-party = ['app', 'tests']"]
        for command in (
            [ruff, "check", "--fix-only", "--select", "I", "--quiet", "--no-cache", *settings, "."],
            [ruff, "format", "--quiet", "--no-cache", *settings, "."],
        ):
            result = subprocess.run(command, capture_output=True, text=True, cwd=staging)
            if result.returncode != 0:
                raise FormattingFailed((result.stderr or result.stdout).strip())
        return {r: Path(staging, r).read_text(encoding="utf-8") for r in files}


def _write(path: Path, text: str) -> None:
    """Through a temporary file and a rename: a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.fastkit-tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_all(project_root: Path, new_files: dict[str, str], edits: dict[str, str]) -> None:
    created_files: list[Path] = []
    created_dirs: list[Path] = []
    originals: dict[Path, bytes] = {}
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
            originals[path] = path.read_bytes()
            _write(path, text)
    except BaseException:
        with deferred_signals():
            for path, content in originals.items():
                path.write_bytes(content)
            for path in reversed(created_files):
                path.unlink(missing_ok=True)
                path.with_name(f".{path.name}.fastkit-tmp").unlink(missing_ok=True)
            for folder in reversed(created_dirs):
                folder.rmdir()
        raise
