"""Copy the one source of shared hook code and template files into every cookiecutter.

    python hooks/sync.py          write the copies
    python hooks/sync.py --check  exit 1 and list the copies that drifted

Each cookiecutter must work alone (plain `cookiecutter` on a copied folder), so it
carries copies of hooks/ (the hook scripts in its hooks/, the fastkit_hooks package
at its root, where cookiecutter can import the Jinja extension) and of
cookiecutters/_shared/project/. This script is the only thing that writes them, and
each copy starts with a line saying so (a Jinja comment in template files, which
renders to nothing).
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_DIR = "{{cookiecutter.project_name}}"
RERUN = "edit that file, then run `python hooks/sync.py`"


def template_dirs(root: Path = ROOT) -> list[Path]:
    return sorted(p.parent for p in (root / "cookiecutters").glob("*/cookiecutter.json"))


def fastkit_version(root: Path = ROOT) -> str:
    text = (root / "cli" / "fastkit" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "no __version__ in cli/fastkit/__init__.py"
    return match.group(1)


def python_copy(source: Path, root: Path) -> bytes:
    origin = source.relative_to(root).as_posix()
    return f"# Generated from {origin} by hooks/sync.py: {RERUN}.\n".encode() + (
        source.read_bytes()
    )


def template_copy(source: Path, root: Path) -> bytes:
    origin = source.relative_to(root).as_posix()
    header = f"{{#- Generated from {origin} by hooks/sync.py: {RERUN}. -#}}\n"
    return header.encode() + source.read_bytes()


def expected_copies(template: Path, root: Path = ROOT) -> dict[Path, bytes]:
    """Every file the sync owns in this cookiecutter, with the content it must have."""
    hooks = root / "hooks"
    shared = root / "cookiecutters" / "_shared" / "project"
    copies: dict[Path, bytes] = {}
    for source in sorted(hooks.glob("*_project.py")):
        copies[template / "hooks" / source.name] = python_copy(source, root)
    for source in sorted(hooks.glob("fastkit_hooks/*.py")):
        copies[template / source.relative_to(hooks)] = python_copy(source, root)
    for source in sorted(shared.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            copies[template / PROJECT_DIR / source.relative_to(shared)] = template_copy(
                source, root
            )
    return copies


def strays(template: Path, root: Path = ROOT) -> list[Path]:
    """Copies in the template's hook package whose source is gone."""
    sources = root / "hooks" / "fastkit_hooks"
    return [
        copy
        for copy in sorted((template / "fastkit_hooks").glob("*.py"))
        if not (sources / copy.name).exists()
    ]


def drifted(root: Path = ROOT) -> list[str]:
    problems = []
    for template in template_dirs(root):
        for target, content in expected_copies(template, root).items():
            if not target.exists() or target.read_bytes() != content:
                problems.append(str(target.relative_to(root)))
        problems += [f"{copy.relative_to(root)} (no source)" for copy in strays(template, root)]
        meta = json.loads((template / "cookiecutter.json").read_text(encoding="utf-8"))
        if meta["_fastkit"]["version"] != fastkit_version(root):
            problems.append(f"{template.name}/cookiecutter.json: _fastkit.version")
    return problems


def sync(root: Path = ROOT) -> None:
    for template in template_dirs(root):
        for target, content in expected_copies(template, root).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        for copy in strays(template, root):
            copy.unlink()
        cookiecutter_json = template / "cookiecutter.json"
        text = cookiecutter_json.read_text(encoding="utf-8")
        version = fastkit_version(root)
        text = re.sub(r'("version": ")[^"]*(")', rf"\g<1>{version}\g<2>", text, count=1)
        cookiecutter_json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        problems = drifted()
        for problem in problems:
            print(f"drifted: {problem}")
        sys.exit(1 if problems else 0)
    sync()
