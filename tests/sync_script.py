"""hooks/sync.py, loaded for the tests (hooks/ is not a package), a copy of the
repository for tests that edit sources and run it, and the edit that offers a value."""

import importlib.util
import shutil
import sys
from pathlib import Path

import yaml

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


def offer(root: Path, project_type: str, question: str, value: str) -> Path:
    """Make a type in the copy at `root` offer one more value of a question, after the
    ones it offers, as a contributor would in its type.yaml. Returns the file changed."""
    template = root / "cookiecutters" / project_type
    values = [*sync.spec(template, root)[question], value]
    declaration = template / "type.yaml"
    data = yaml.safe_load(declaration.read_text())
    questions = data.setdefault("questions", {})
    questions[question] = {**(questions.get(question) or {}), "values": values}
    declaration.write_text(yaml.safe_dump(data, sort_keys=False))
    return declaration.relative_to(root)
