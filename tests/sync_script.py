"""hooks/sync.py, loaded for the tests (hooks/ is not a package), and a copy of the
repository for tests that edit sources and run it."""

import importlib.util
import shutil
import sys
from pathlib import Path

from support import REPO

_spec = importlib.util.spec_from_file_location("sync", REPO / "hooks" / "sync.py")
assert _spec and _spec.loader
sync = importlib.util.module_from_spec(_spec)
sys.modules["sync"] = sync
_spec.loader.exec_module(sync)


def repo_copy(tmp_path: Path) -> Path:
    for part in ("hooks", "cookiecutters", "cli"):
        shutil.copytree(REPO / part, tmp_path / part)
    for marks in (".gitattributes", ".ignore"):
        shutil.copy(REPO / marks, tmp_path / marks)
    return tmp_path
