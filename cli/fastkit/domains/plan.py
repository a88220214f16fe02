"""From requested domains to the files to write and the edits to make, nothing written.

Several domains (a --spec) are planned in the order their references need: each
sees the ones before it as part of the project, its migration follows theirs, and
the registry edits add up. A reference cycle is refused: its tables could not be
created one after the other.
"""

from dataclasses import dataclass, field, replace
from graphlib import CycleError, TopologicalSorter

from fastkit.domains.fields import DOCUMENT_SHADOWING, Field
from fastkit.domains.names import DomainNames
from fastkit.domains.project import Project, Referred, alembic_head, next_revision, referred_domain
from fastkit.domains.render import SUPPORTED_STORES, Domain, render_domain
from fastkit.domains.wiring import wiring
from fastkit.shared.validators import InvalidInput


@dataclass
class Plan:
    new_files: dict[str, str] = field(default_factory=dict)
    edits: dict[str, str] = field(default_factory=dict)
    domains: list[DomainNames] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)


def ordered(requests: list[Domain]) -> list[Domain]:
    """Each domain after the ones it refers to; a cycle is refused."""
    by_name = {request.names.name: request for request in requests}
    graph = {
        name: {f.ref for f in request.fields if f.is_ref and f.ref in by_name} - {name}
        for name, request in by_name.items()
    }
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        cycle = " -> ".join(error.args[1])
        raise InvalidInput(
            f"the domains refer to each other in a cycle ({cycle}): the database cannot "
            "create those tables; make one of the references go the other way"
        ) from error
    return [by_name[name] for name in order]


def plan_domains(project: Project, requests: list[Domain]) -> Plan:
    if project.store not in SUPPORTED_STORES:
        raise InvalidInput(
            f"this project has no database (db: {project.answers.get('db')}): a domain needs "
            "one of sqlite, postgres, mysql, mongodb"
        )
    names = [r.names.name for r in requests]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InvalidInput(f"domain {twice[0]!r} is given twice")
    plan = Plan()
    pending: dict[str, Referred] = {}
    head = alembic_head(project) if project.store == "sql" else None
    tables = project.tables()
    for request in ordered(requests):
        d = request.names
        if project.has_domain(d.name):
            raise InvalidInput(f"domain {d.name!r} exists in this project already")
        if d.plural in tables:
            raise InvalidInput(
                f"the project has a table {d.plural!r} already (or the spec adds it twice): "
                "give another name or --plural"
            )
        fields = [_resolved(project, d.name, f, pending) for f in request.fields]
        shadowing = [f.name for f in fields if f.name in DOCUMENT_SHADOWING]
        if project.store == "mongo" and shadowing:
            raise InvalidInput(
                f"field {shadowing[0]!r} of {d.name} would shadow a method of Beanie's "
                "Document, which MongoDB domains are: choose another name"
            )
        if project.store == "sql":
            _check_identifiers(d, fields)
        revision = next_revision(head) if head else None
        files = render_domain(Domain(d, fields), project, revision, head)
        taken = [p for p in files if (project.root / p).exists() or p in plan.new_files]
        if taken:
            raise InvalidInput(f"{taken[0]} exists already: fastkit does not overwrite it")
        plan.new_files.update(files)
        plan.edits.update(wiring(project, d, plan.edits))
        plan.domains.append(d)
        pending[d.name] = Referred(d.cls, d.plural)
        tables.add(d.plural)
        if revision:
            plan.revisions.append(revision)
            head = revision
    return plan


def _resolved(project: Project, domain: str, field: Field, pending: dict[str, Referred]) -> Field:
    """A reference with the table, class and id type of the domain it names."""
    if not field.is_ref:
        return field
    if field.ref == domain:
        raise InvalidInput(f"field {field.name} of {domain}: a domain cannot refer to itself")
    referred = pending.get(field.ref) or referred_domain(project, field.ref)
    id_type = "int" if project.store == "sql" else "PydanticObjectId"
    return replace(field, ref_table=referred.table, ref_cls=referred.cls, id_type=id_type)


# PostgreSQL cuts identifiers at 63 bytes (MySQL refuses past 64): the names the
# naming convention gives indexes and constraints must fit, or migrations break.
MAX_IDENTIFIER = 63


def _check_identifiers(d: DomainNames, fields: list[Field]) -> None:
    for f in fields:
        names = [f.name]
        if f.unique:
            names.append(f"uq_{d.plural}_{f.name}")
        elif f.indexed:
            names.append(f"ix_{d.plural}_{f.name}")
        if f.is_ref:
            names.append(f"fk_{d.plural}_{f.name}_{f.ref_table}")
        longest = max(names, key=len)
        if len(longest) > MAX_IDENTIFIER:
            raise InvalidInput(
                f"field {f.name} of {d.name}: its database name {longest!r} is {len(longest)} "
                f"characters, over the {MAX_IDENTIFIER} PostgreSQL and MySQL allow: "
                "shorten the field's name or the domain's (--plural)"
            )
