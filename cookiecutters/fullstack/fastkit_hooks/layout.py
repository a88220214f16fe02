# Generated from hooks/fastkit_hooks/layout.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Architectures: templates are written domain-first; `layered` is derived from it.

Domain:  app/domains/<name>/<role>.py      tests/domains/<name>/
Layered: app/<layer of role>/<name>.py     tests/<name>/
A module of a domain that is none of the roles (auth's accounts.py, and a module
per credential holding its model and its repository) stays with its domain's
other such modules in layered: app/<name>/<module>.py.
Moving a module rewrites every `app.domains.<name>.<role>` import to its new
module path, then re-sorts the first-party import block the rewrite disturbed.
"""

import ast
import re
import shutil
from pathlib import Path

LAYER_OF_ROLE = {
    "models": "app/models",
    "schemas": "app/schemas",
    "repository": "app/repositories",
    "service": "app/services",
    "router": "app/api/routes",
    "dependencies": "app/api/dependencies",
    "exceptions": "app/exceptions",
}
_DOMAIN_MODULE = re.compile(r"\bapp\.domains\.(\w+)\.(\w+)\b")
_DOMAIN_TESTS = re.compile(r"\btests\.domains\.(\w+)\b")
FIRST_PARTY = {"app", "tests"}


def own_folder(architecture: str, domain: str) -> str:
    """Where a domain's modules of no role live (auth's accounts.py, ...)."""
    return f"app/{domain}" if architecture == "layered" else f"app/domains/{domain}"


def domain_file(architecture: str, domain: str, role: str) -> str:
    """Where a domain's module lives in a project of this architecture."""
    if architecture == "layered" and role in LAYER_OF_ROLE:
        return f"{LAYER_OF_ROLE[role]}/{domain}.py"
    return f"{own_folder(architecture, domain)}/{role}.py"


def domain_tests_dir(architecture: str, domain: str) -> str:
    return f"tests/{domain}" if architecture == "layered" else f"tests/domains/{domain}"


def _layered_module(match: re.Match[str]) -> str:
    domain, role = match.group(1), match.group(2)
    return domain_file("layered", domain, role).removesuffix(".py").replace("/", ".")


def rewrite_imports(source: str) -> str:
    moved = _DOMAIN_TESTS.sub(r"tests.\1", _DOMAIN_MODULE.sub(_layered_module, source))
    return sort_first_party_imports(moved)


def sort_first_party_imports(source: str) -> str:
    """Order each run of first-party `from ... import` statements by module, as ruff does."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    runs: list[list[ast.ImportFrom]] = []
    for node in tree.body:
        first_party = (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").split(".")[0] in FIRST_PARTY
        )
        if not first_party:
            runs.append([])
            continue
        assert isinstance(node, ast.ImportFrom)
        if runs and runs[-1] and runs[-1][-1].end_lineno == node.lineno - 1:
            runs[-1].append(node)
        else:
            runs.append([node])
    for run in reversed([r for r in runs if len(r) > 1]):
        start, end = run[0].lineno - 1, run[-1].end_lineno or run[-1].lineno
        ordered = sorted(run, key=lambda n: (n.module or "").lower())
        lines[start:end] = ["".join(lines[n.lineno - 1 : n.end_lineno]) for n in ordered]
    return "".join(lines)


def to_layered(project_dir: Path) -> None:
    """Move every domain module to its layer and fix the imports that named it."""
    domains_dir = project_dir / "app" / "domains"
    if not domains_dir.is_dir():
        return
    for module in sorted(domains_dir.glob("*/*.py")):
        domain, role = module.parent.name, module.stem
        if role == "__init__":
            continue
        target = project_dir / domain_file("layered", domain, role)
        target.parent.mkdir(parents=True, exist_ok=True)
        _ensure_package(project_dir, target.parent)
        module.rename(target)
    shutil.rmtree(domains_dir)

    tests_dir = project_dir / "tests" / "domains"
    if tests_dir.is_dir():
        for domain_tests in sorted(p for p in tests_dir.iterdir() if p.is_dir()):
            domain_tests.rename(project_dir / domain_tests_dir("layered", domain_tests.name))
        shutil.rmtree(tests_dir)

    for path in sorted(project_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        rewritten = rewrite_imports(text)
        if rewritten != text:
            path.write_text(rewritten, encoding="utf-8")


def _ensure_package(project_dir: Path, folder: Path) -> None:
    """Give every folder between app/ and `folder` an __init__.py."""
    app_dir = project_dir / "app"
    while folder != app_dir and app_dir in folder.parents:
        init = folder / "__init__.py"
        if not init.exists():
            init.write_text("", encoding="utf-8")
        folder = folder.parent
