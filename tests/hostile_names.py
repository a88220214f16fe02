"""Names a user might give create-domain that the generated code could trip on:
Python's keywords and builtins, the typing module's names, the public names of
Pydantic, SQLAlchemy and Beanie, every identifier the domain template's own code
uses, and common words. The CLI must refuse each with a reason or accept it and
give a project that passes its own checks (tests/generated/test_hostile_names.py)."""

import builtins
import keyword
import re
import symtable
import tempfile
import typing
from pathlib import Path
from typing import Any

import pydantic
import sqlalchemy
import sqlalchemy.orm
import yaml

from fastkit.domains.collisions import PROBE, probe_field
from fastkit.domains.fields import parse_field
from fastkit.domains.project import find_project
from fastkit.shared.templates import domain_templates
from fastkit_hooks.domain.render import Domain, render_domain

_LOWER = re.compile(r"[a-z][a-z0-9_]*\Z")
COMMON = [
    "date", "time", "type", "datetime", "timestamp", "format", "hash", "input", "min",
    "max", "sum", "range", "next", "open", "property", "set", "list", "filter", "map",
    "count", "total", "page", "size", "name", "title", "status", "state", "kind",
    "category", "value", "values", "key", "keys", "items", "data", "body", "text",
    "content", "message", "note", "description", "label", "order", "group", "user",
    "owner_name", "session", "request", "response", "result", "error", "code", "tag",
]  # fmt: skip


def _public_lower(*objects: object) -> set[str]:
    return {n for o in objects for n in dir(o) if _LOWER.match(n)}


def template_identifiers(project: object) -> set[str]:
    """Every name in every scope of the domain template's code, rendered for
    `project` (a fastkit.domains.project.Project) with one field of each type."""
    specs = ["a:str:unique", "b:text?", "c:int:indexed", "d:float", "e:decimal", "f:bool",
             "g:date", "h:datetime", "i:uuid", "j:email", "k:json", "l:enum(x|y)=x"]  # fmt: skip
    fields = [probe_field(i, parse_field(spec)) for i, spec in enumerate(specs)]
    files = render_domain(domain_templates(), Domain(PROBE, fields), project, "0099", "0001")  # type: ignore[arg-type]
    names: set[str] = set()
    for path, text in files.items():
        if path.endswith(".py") and text:
            stack = [symtable.symtable(text, path, "exec")]
            while stack:
                table = stack.pop()
                names.update(s.get_name() for s in table.get_symbols())
                stack.extend(table.get_children())
    return {n for n in names if _LOWER.match(n) and "zz" not in n}


def hostile_names(project: object) -> list[str]:
    found = set(COMMON) | set(keyword.kwlist) | _public_lower(builtins, typing)
    found |= _public_lower(pydantic, pydantic.BaseModel, sqlalchemy, sqlalchemy.orm)
    found |= template_identifiers(project)
    return sorted(n for n in found if _LOWER.match(n) and len(n) <= 40)


# A field of each type, in turn, for the names a spec gives hostile fields.
FIELD_TYPES = ["str(60)", "text?", "int", "float", "decimal", "bool", "date", "datetime",
               "uuid", "email", "json?", "enum(a|b)"]  # fmt: skip


def hostile_spec(project: Path, domains: int) -> dict[str, Any]:
    """A --spec of `domains` domains named by hostile names create-domain accepts,
    holding as fields the hostile names it accepts that the templates themselves
    use, and the common words (each of a type in turn): what a generated project
    must then pass its own checks with."""
    from click.testing import CliRunner

    from fastkit.app import cli

    def accepted(*args: str) -> bool:
        run = CliRunner().invoke(cli, [*args, "--dry-run", "--project", str(project)])
        return run.exit_code == 0

    known = find_project(project)
    risky = sorted(template_identifiers(known) | set(COMMON))
    specs = [f"{name}:{FIELD_TYPES[i % len(FIELD_TYPES)]}" for i, name in enumerate(risky)]
    specs = [s for s in specs if accepted("create-domain", "widget", "--field", s)]
    names = [n for n in risky if accepted("create-domain", n)][:: max(1, len(risky) // 40)]
    chosen = names[:domains]
    share = -(-len(specs) // len(chosen))
    spec: dict[str, Any] = {
        "domains": {n: {"fields": specs[i * share : (i + 1) * share]} for i, n in enumerate(chosen)}
    }
    # Alone each field is fine; beside another it may not be (a field `bool` beside
    # a bool field): drop what the whole spec refuses, one field at a time.
    path = Path(tempfile.mkdtemp()) / "spec.yaml"
    while True:
        path.write_text(yaml.safe_dump(spec), encoding="utf-8")
        run = CliRunner().invoke(
            cli, ["create-domain", "--spec", str(path), "--dry-run", "--project", str(project)]
        )
        if run.exit_code == 0:
            return spec
        refused = re.search(r"field '(\w+)'", run.output)
        assert refused, run.output
        for body in spec["domains"].values():
            body["fields"] = [f for f in body["fields"] if not f.startswith(refused[1] + ":")]
