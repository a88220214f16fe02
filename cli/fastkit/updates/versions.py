"""A template's version, and the archive that keeps every version fastkit rendered.

A template's version is a digest of its folder (fastkit_hooks.digests: the hooks
record it in every project's .fastkit.yaml), since fastkit's version number says
nothing about which templates a checkout holds. Every render fastkit makes keeps a
copy of that template in the archive, so that a later fastkit can render the project
again as it was made, on the machine that made it, without the old fastkit.
"""

import contextlib
import os
import re
import tarfile
from pathlib import Path

from fastkit_hooks.digests import template_files, template_version

VERSION = re.compile(r"[0-9a-f]{16}")
__all__ = ["VERSION", "archived", "archived_versions", "keep", "template_version"]


def archive_root() -> Path:
    """$FASTKIT_TEMPLATE_ARCHIVE, else fastkit/templates in the user's data folder:
    data, not a cache, since an update needs the version the project was made with."""
    configured = os.environ.get("FASTKIT_TEMPLATE_ARCHIVE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "fastkit" / "templates"


def _archive_file(template: str, version: str) -> Path:
    return archive_root() / f"{template}-{version}.tar.gz"


def keep(folder: Path, template: str, version: str) -> None:
    """Archive the template folder under its version, once; best effort (a read-only
    home costs the automatic update, not the render)."""
    target = _archive_file(template, version)
    if target.exists():
        return
    draft = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            with tarfile.open(draft, "w:gz") as archive:
                for name, path in template_files(folder):
                    archive.add(path, arcname=name, recursive=False)
            os.replace(draft, target)
    finally:  # a failure or a stop signal leaves no draft behind
        with contextlib.suppress(OSError):
            draft.unlink(missing_ok=True)


def archived(template: str, version: str, into: Path) -> Path | None:
    """The archived template of that version, unpacked into `into`; None if not kept."""
    source = _archive_file(template, version)
    if not source.is_file():
        return None
    folder = into / f"{template}-{version}"
    with tarfile.open(source, "r:gz") as archive:
        archive.extractall(folder, filter="data")
    return folder


def archived_versions(template: str) -> list[str]:
    prefix = f"{template}-"
    found = (
        path.name.removeprefix(prefix).removesuffix(".tar.gz")
        for path in archive_root().glob(f"{prefix}*.tar.gz")
    )
    return sorted(version for version in found if VERSION.fullmatch(version))
