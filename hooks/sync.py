"""Copy the one source of shared hook code and template files into every cookiecutter.

    python hooks/sync.py          write the copies
    python hooks/sync.py --check  exit 1 and list the copies that drifted

Each cookiecutter must work alone (plain `cookiecutter` on a copied folder), so
it carries copies; this script is the only thing that writes them.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks"
COOKIECUTTERS = ROOT / "cookiecutters"
SHARED_PROJECT_FILES = COOKIECUTTERS / "_shared" / "project"
PROJECT_DIR = "{{cookiecutter.project_name}}"
VERSION_FILE = ROOT / "cli" / "fastkit" / "__init__.py"


def template_dirs() -> list[Path]:
    return sorted(p.parent for p in COOKIECUTTERS.glob("*/cookiecutter.json"))


def fastkit_version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', VERSION_FILE.read_text(encoding="utf-8"))
    assert match, f"no __version__ in {VERSION_FILE}"
    return match.group(1)


def expected_copies(template: Path) -> dict[Path, bytes]:
    """Every file the sync owns in this cookiecutter, with the content it must have."""
    copies: dict[Path, bytes] = {}
    for source in sorted(HOOKS.glob("*_project.py")) + sorted(HOOKS.glob("fastkit_hooks/*.py")):
        copies[template / "hooks" / source.relative_to(HOOKS)] = source.read_bytes()
    for source in sorted(SHARED_PROJECT_FILES.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            target = template / PROJECT_DIR / source.relative_to(SHARED_PROJECT_FILES)
            copies[target] = source.read_bytes()
    return copies


def version_drift(template: Path) -> str | None:
    meta = json.loads((template / "cookiecutter.json").read_text(encoding="utf-8"))["_fastkit"]
    if meta["version"] != fastkit_version():
        return f"{template.name}/cookiecutter.json: _fastkit.version is {meta['version']}"
    return None


def drifted() -> list[str]:
    problems = []
    for template in template_dirs():
        for target, content in expected_copies(template).items():
            if not target.exists() or target.read_bytes() != content:
                problems.append(str(target.relative_to(ROOT)))
        stale = sorted(
            p
            for p in (template / "hooks" / "fastkit_hooks").glob("*.py")
            if not (HOOKS / "fastkit_hooks" / p.name).exists()
        )
        problems += [f"{p.relative_to(ROOT)} (no source)" for p in stale]
        if reason := version_drift(template):
            problems.append(reason)
    return problems


def sync() -> None:
    for template in template_dirs():
        for target, content in expected_copies(template).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        cookiecutter_json = template / "cookiecutter.json"
        text = cookiecutter_json.read_text(encoding="utf-8")
        text = re.sub(r'("version": ")[^"]*(")', rf"\g<1>{fastkit_version()}\g<2>", text, count=1)
        cookiecutter_json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        problems = drifted()
        for problem in problems:
            print(f"drifted: {problem}")
        sys.exit(1 if problems else 0)
    sync()
