"""The one-line edits that wire a domain in: its router in app/api/registry.py, its
model in app/db/models.py (SQL) or DOCUMENT_MODELS in app/db/mongo.py (MongoDB).

Each edit returns the file's new text; a file fastkit cannot recognise is refused
before anything is written.
"""

import re
import tomllib
from collections.abc import Mapping

from fastkit.domains import frontend
from fastkit.domains.project import Project
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.domain.names import DomainNames
from fastkit_hooks.layout import domain_file, sort_first_party_imports

REGISTRY = "app/api/registry.py"
SQL_MODELS = "app/db/models.py"
MONGO_MODELS = "app/db/mongo.py"
_INCLUDE = "api_router.include_router("
_DOCUMENTS = "DOCUMENT_MODELS: list[type[Document]] = ["
DEFAULT_LINE_LENGTH = 88


def module_of(project: Project, domain: str, role: str) -> str:
    return domain_file(project.architecture, domain, role).removesuffix(".py").replace("/", ".")


def _read(project: Project, relative: str, edited: Mapping[str, str]) -> str:
    """The file as the edits planned so far leave it."""
    if relative in edited:
        return edited[relative]
    path = project.root / relative
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidInput(f"cannot read {relative}: {error.strerror}") from error


def _refuse(relative: str, expected: str) -> InvalidInput:
    return InvalidInput(
        f"{relative} does not look as fastkit wrote it (no `{expected}` line): "
        "wire the domain in by hand, or restore the file"
    )


def line_length(project: Project) -> int:
    """The project's ruff line-length (88, ruff's default, when it sets none)."""
    try:
        config = tomllib.loads((project.root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return DEFAULT_LINE_LENGTH
    length = config.get("tool", {}).get("ruff", {}).get("line-length", DEFAULT_LINE_LENGTH)
    return length if isinstance(length, int) else DEFAULT_LINE_LENGTH


def import_statement(project: Project, module: str, names: str) -> str:
    """`from module import names` as ruff format writes it at the project's width."""
    line = f"from {module} import {names}"
    if len(line) <= line_length(project):
        return line
    return f"from {module} import (\n    {names},\n)"


def _with_import(relative: str, text: str, line: str, after: str) -> str:
    """Insert an import line after the first line starting with `after`, then re-sort.
    The result must still be Python: an edit fastkit cannot place is refused."""
    lines = text.splitlines(keepends=True)
    at = next((i for i, existing in enumerate(lines) if existing.startswith(after)), None)
    if at is None:
        raise _refuse(relative, after + "...")
    lines.insert(at + 1, line + "\n")
    try:
        return sort_first_party_imports("".join(lines))
    except SyntaxError as error:
        raise _refuse(relative, "one statement per line") from error


def wire_router(project: Project, names: DomainNames, edited: Mapping[str, str]) -> str:
    text = _read(project, REGISTRY, edited)
    includes = [i for i, line in enumerate(text.splitlines()) if line.startswith(_INCLUDE)]
    if not includes or "from app." not in text:
        raise _refuse(REGISTRY, _INCLUDE + "...)")
    alias = f"{names.name}_router"
    if re.search(rf"\bas {alias}\b", text):
        raise InvalidInput(f"{REGISTRY} already imports a router named {alias}")
    lines = text.splitlines(keepends=True)
    lines.insert(includes[-1] + 1, f"{_INCLUDE}{alias})\n")
    module = module_of(project, names.name, "router")
    line = import_statement(project, module, f"router as {alias}")
    return _with_import(REGISTRY, "".join(lines), line, "from app.")


def wire_model(project: Project, names: DomainNames, edited: Mapping[str, str]) -> tuple[str, str]:
    """(path, new text) of the module that lists every model."""
    module = module_of(project, names.name, "models")
    if project.store == "sql":
        text = _read(project, SQL_MODELS, edited)
        if "from app.db.base import Base as Base" not in text:
            raise _refuse(SQL_MODELS, "from app.db.base import Base as Base")
        if re.search(rf"\bas {names.cls}\b", text):
            raise InvalidInput(f"{SQL_MODELS} already has a model named {names.cls}")
        line = import_statement(project, module, f"{names.cls} as {names.cls}")
        return SQL_MODELS, _with_import(SQL_MODELS, text, line, "from app.db.base import")
    text = _read(project, MONGO_MODELS, edited)
    if _DOCUMENTS not in text:
        raise _refuse(MONGO_MODELS, _DOCUMENTS)
    head, _, tail = text.partition(_DOCUMENTS)
    listed, close, rest = tail.partition("\n]")
    if f"    {names.cls},\n" in listed + "\n":
        raise InvalidInput(f"{MONGO_MODELS} already lists a document named {names.cls}")
    text = f"{head}{_DOCUMENTS}{listed}\n    {names.cls},{close}{rest}"
    line = import_statement(project, module, names.cls)
    return MONGO_MODELS, _with_import(MONGO_MODELS, text, line, "from app.")


def wiring(
    project: Project, names: DomainNames, edited: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Every edited file: project-relative path -> its new text, after `edited`."""
    edited = edited or {}
    model_path, model_text = wire_model(project, names, edited)
    edits = {REGISTRY: wire_router(project, names, edited), model_path: model_text}
    framework = frontend.frontend_of(project.answers)
    if framework is not None:
        edits.update(wire_pages(project, framework, names, edited))
    return edits


def wire_pages(
    project: Project, framework: str, names: DomainNames, edited: Mapping[str, str]
) -> dict[str, str]:
    """The frontend's router lists the domain's pages; its header links to them."""
    router, navigation = frontend.ROUTER[framework], frontend.NAVIGATION[framework]
    routed = frontend.with_routes(_read(project, router, edited), names)
    if routed is None:
        raise _refuse(router, "// " + frontend.ROUTES_MARK)
    linked = frontend.with_link(_read(project, navigation, edited), framework, names)
    if linked is None:
        raise _refuse(navigation, frontend.LINKS_MARK)
    return {router: routed, navigation: linked}
