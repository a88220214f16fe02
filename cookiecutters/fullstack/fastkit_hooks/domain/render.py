# Generated from hooks/fastkit_hooks/domain/render.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Render a domain from the domain template into files, keyed by their project path.

The templates (cookiecutters/_shared/domain, copied into each cookiecutter's domain/)
hold each module's body; this module works out what each one imports, from the
fields and the project's choices, and moves modules to their layer in a layered
project.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from fastkit_hooks.domain import code
from fastkit_hooks.domain.fields import Field
from fastkit_hooks.domain.names import DomainNames
from fastkit_hooks.layout import domain_file, domain_tests_dir, rewrite_imports

ROLES = ("models", "schemas", "repository", "service", "dependencies", "exceptions", "router")
# Roles written per store: the file is <role>.<store>.py.
BY_STORE = {"models", "repository", "dependencies"}
SUPPORTED_STORES = ("sql", "mongo")


class Project(Protocol):
    """What of a project a domain's text depends on (fastkit's Project is one)."""

    @property
    def architecture(self) -> str: ...  # domain or layered
    @property
    def store(self) -> str: ...  # sql, mongo or memory
    @property
    def owned(self) -> bool: ...  # records belong to the user who made them
    @property
    def cached(self) -> bool: ...  # reads go through the cache
    @property
    def reads_only(self) -> bool: ...  # app.db.session offers @reads_only


@dataclass(frozen=True)
class Domain:
    names: DomainNames
    fields: list[Field]
    specs: tuple[str, ...] = ()  # the fields as given (NAME:TYPE...), as recorded

    @property
    def unique(self) -> list[Field]:
        return [f for f in self.fields if f.unique]

    @property
    def filterable(self) -> list[Field]:
        return [f for f in self.fields if f.filterable]

    @property
    def refs(self) -> list[Field]:
        return [f for f in self.fields if f.is_ref]

    @property
    def required(self) -> list[str]:
        return [f.name for f in self.fields if not f.optional]

    @property
    def types(self) -> set[str]:
        return {f.type for f in self.fields}


@cache
def _environment(templates: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _imports(domain: Domain, project: Project, role: str) -> dict[str, set[str]]:
    """What the role's module imports, by module."""
    d, store, owned = domain.names, project.store, project.owned
    sql = store == "sql"
    here = f"app.domains.{d.name}"
    needed: dict[str, set[str]] = {}

    def add(module: str, *names: str) -> None:
        needed.setdefault(module, set()).update(names)

    if role == "models":
        layer = "documents" if store == "mongo" else "models"
        needed = code.field_types_needed(domain.fields, layer)
        if store == "sql":
            add("import sqlalchemy as sa")
            add("sqlalchemy.orm", "Mapped", "mapped_column")
            add("app.db.base", "Base")
        elif store == "mongo":
            add("beanie", "Document", "PydanticObjectId")
            if domain.refs:
                add("typing", "ClassVar")
            for field in domain.refs:
                add(f"app.domains.{field.ref}.models", field.ref_cls)
        else:
            add("dataclasses", "dataclass")
    elif role == "schemas":
        needed = code.field_types_needed(domain.fields, "schemas")
        add("pydantic", "BaseModel", "ConfigDict")
        add(f"{here}.models", f"{d.cls}Id")
        if owned:
            add("app.domains.auth.models", "UserId")
        annotated = [code.input_type(f) for f in domain.fields]
        if any(a.startswith("Annotated[") for a in annotated) or "datetime" in domain.types:
            add("typing", "Annotated")
        if any("Field(" in a for a in annotated):
            add("pydantic", "Field")
        if domain.required:
            add("pydantic", "field_validator")
            add("pydantic.json_schema", "SkipJsonSchema")
        if domain.refs and sql:
            add("app.db.base", "MAX_ROW_ID")
        elif domain.refs:
            add("beanie", "PydanticObjectId")
    elif role == "repository":
        add("typing", "Any")
        add(f"{here}.models", d.cls, f"{d.cls}Id")
        if store == "memory":
            add("itertools", "count")
        if sql:
            add("sqlalchemy", "func", "select")
            add("sqlalchemy.exc", "IntegrityError")
            add("sqlalchemy.ext.asyncio", "AsyncSession")
            add(f"{here}.exceptions", f"{d.cls}InUse")
        if domain.unique or (domain.refs and sql):
            add(f"{here}.exceptions", f"{d.cls}SaveConflict")
        if domain.unique and not sql:
            add("pymongo.errors", "DuplicateKeyError")
        if domain.refs and sql:
            add("app.db.base", "Base")
        if store == "mongo":
            add("import asyncio")  # a page and its count are read at once
            # Deleting looks for documents that refer to this one.
            add("beanie", "Document")
            add("app.db.mongo", "DOCUMENT_MODELS")
            add(f"{here}.exceptions", f"{d.cls}InUse")
    elif role == "service":
        add("app.api.pagination", "Page", "PageParams")
        add(f"{here}.exceptions", f"{d.cls}NotFound")
        add(f"{here}.models", d.cls, f"{d.cls}Id")
        add(f"{here}.repository", f"{d.cls}Repository")
        add(f"{here}.schemas", f"{d.cls}Create", f"{d.cls}Public", f"{d.cls}Update")
        if domain.filterable:
            add(f"{here}.schemas", f"{d.cls}Filter")
        if owned:
            add("app.domains.auth.models", "User")
        if owned and domain.refs:
            add("app.domains.auth.models", "UserId")
        if project.cached:
            add("app.core.cache", "Cache")
        if domain.unique:
            add("typing", "Any")
            add(f"{here}.exceptions", f"{d.cls}Conflict")
        if domain.refs:
            add("typing", "Any")
            add(f"{here}.exceptions", f"{d.cls}ReferenceNotFound")
        if domain.refs and sql:
            add("app.db.base", "Base")
            for field in domain.refs:
                add(f"app.domains.{field.ref}.models", field.ref_cls)
    elif role == "dependencies":
        add("typing", "Annotated")
        add("fastapi", "Depends")
        add(f"{here}.models", d.cls, f"{d.cls}Id")
        add(f"{here}.repository", f"{d.cls}Repository")
        add(f"{here}.service", f"{d.cls}Service")
        if store == "sql":
            add("fastapi", "Path")
            add("app.db.base", "MAX_ROW_ID")
            add("app.db.session", "SessionDep")
        elif store == "memory":
            add("fastapi", "Path", "Request")
        if project.cached:
            add("app.core.cache", "CacheDep")
            add("app.core.config", "SettingsDep")
            add(f"{here}.service", f"Cached{d.cls}Service")
        if owned:
            add("app.domains.auth.dependencies", "CurrentUser")
            add(f"{here}.exceptions", f"{d.cls}NotYours")
    elif role == "exceptions":
        add("app.core.errors", "NotFoundError")
        if owned:
            add("app.core.errors", "PermissionDeniedError")
        if domain.unique or store != "memory":
            add("app.core.errors", "ConflictError")
        if domain.refs:
            add("app.core.errors", "AppError")
    elif role == "router":
        add("fastapi", "APIRouter")
        add("app.api.pagination", "Page", "PageParamsDep")
        add("app.core.errors", "error_responses")
        if project.reads_only:
            add("app.db.session", "reads_only")
        add(f"{here}.dependencies", f"{d.cls}IdPath", f"{d.cls}ServiceDep")
        add(f"{here}.dependencies", "Owned" + d.cls if owned else "Valid" + d.cls)
        add(f"{here}.schemas", f"{d.cls}Create", f"{d.cls}Public", f"{d.cls}Update")
        if domain.filterable:
            add("typing", "Annotated")
            add("fastapi", "Query")
            add(f"{here}.schemas", f"{d.cls}Filter")
        if owned:
            add("app.domains.auth.dependencies", "CurrentUser")
    elif role == "tests":
        add("typing", "Any")
        add("import pytest")
        add("httpx", "AsyncClient")
        if domain.unique:
            add(f"{here}.service", f"{d.cls}Service")
        if owned:
            add("tests.conftest", "SignIn")
        for field in domain.refs:
            tests = f"tests.domains.{field.ref}"
            add(tests, f"test_{field.ref_table}_api as {field.ref}_tests")
    return needed


def _query_value(field: Field) -> str:
    value = field.samples[1]
    return str(value).lower() if isinstance(value, bool) else str(value)


def _context(domain: Domain, project: Project, role: str) -> dict[str, Any]:
    # References are made by the tests (payload), the rest are fixed samples.
    first = {f.name: f.samples[0] for f in domain.fields if not f.is_ref}
    second = {f.name: f.samples[1] for f in domain.fields if not f.is_ref}
    sql = project.store == "sql"
    numeric_ids = project.store != "mongo"
    invalid = {f.name: f.invalid for f in domain.fields}
    invalid.update({f.name: 0 if sql else "not-an-id" for f in domain.refs})
    return {
        "d": domain.names,
        "fields": domain.fields,
        "unique": domain.unique,
        "filterable": domain.filterable,
        "required": domain.required,
        "types": domain.types,
        "numbers": any(code.is_number(f) for f in domain.fields),
        "text_fields": domain.types & {"str", "text"},
        "indexed": [f.name for f in domain.fields if f.indexed and not f.unique]
        + (["owner_id"] if project.owned else []),
        "owned": project.owned,
        # The public schema's fields beyond the domain's own: an owned record says
        # whose it is, so a client can show the others' as read-only.
        "public_extras": {"owner_id": "UserId"} if project.owned else {},
        "store": project.store,
        "cached": project.cached,
        "reads_only": project.reads_only,
        # A write the database can refuse after the service's checks passed (a race).
        "conflicts": bool(domain.unique) or (bool(domain.refs) and sql),
        "code": code,
        "imports": code.import_block(_imports(domain, project, role)),
        "first": first,
        "second": second,
        "invalid": invalid,
        "refs": domain.refs,
        "sql": sql,
        "missing_ref": 2**31 - 1 if sql else "0123456789abcdef01234567",
        "query_value": _query_value,
        "missing_id": "999999" if numeric_ids else "0123456789abcdef01234567",
        "bad_ids": ["0", "-1", "2147483648", "9" * 30] if numeric_ids else ["not-an-id", "123"],
    }


@dataclass(frozen=True)
class FieldChanges:
    """What `--force` does to an existing domain's table."""

    added: list[Field]
    removed: list[Field]

    def summary(self) -> str:
        parts = [f"add {', '.join(f.name for f in self.added)}"] if self.added else []
        parts += [f"drop {', '.join(f.name for f in self.removed)}"] if self.removed else []
        return "; ".join(parts)


def render_domain(
    templates: Path,
    domain: Domain,
    project: Project,
    revision: str | None,
    down_revision: str | None,
    changes: FieldChanges | None = None,
) -> dict[str, str]:
    """Each file of the domain: project-relative path -> text (not yet formatted).

    `templates` is the domain template's folder. The migration creates the table, or
    with `changes` (an existing domain) alters it.
    """
    env, d, store = _environment(templates), domain.names, project.store
    files: dict[str, str] = {}
    for role in ROLES:
        source = f"{role}.{store}.py" if role in BY_STORE else f"{role}.py"
        text = env.get_template(source).render(_context(domain, project, role))
        files[domain_file(project.architecture, d.name, role)] = text
    tests = env.get_template("tests.py").render(_context(domain, project, "tests"))
    files[f"{domain_tests_dir(project.architecture, d.name)}/test_{d.plural}_api.py"] = tests
    if project.architecture == "domain":
        files[f"app/domains/{d.name}/__init__.py"] = ""
    if store == "sql" and revision:
        context = _context(domain, project, "migration")
        if changes is None:
            migration = env.get_template("migration.py").render(
                context, revision=revision, down_revision=down_revision
            )
            files[f"migrations/versions/{revision}_{d.plural}.py"] = migration
        else:
            migration = env.get_template("migration.alter.py").render(
                context,
                revision=revision,
                down_revision=down_revision,
                added=changes.added,
                removed=changes.removed,
                summary=changes.summary(),
            )
            files[f"migrations/versions/{revision}_{d.plural}_fields.py"] = migration
    if project.architecture == "layered":
        files = {path: rewrite_imports(text) if text else text for path, text in files.items()}
    return files
