"""From requested domains to the files to write and the edits to make, nothing written.

Several domains (a --spec) are planned in the order their references need: each
sees the ones before it as part of the project, its migration follows theirs, and
the registry edits add up. A reference cycle is refused: its tables could not be
created one after the other.

With --force, a domain that exists is rendered again from its new fields: files
nobody touched since create-domain wrote them are replaced, files the user edited
or added are kept, and (SQL) a migration adds and drops the changed columns.
"""

from dataclasses import dataclass, field, replace
from graphlib import CycleError, TopologicalSorter

from fastkit.domains.collisions import PROBE, check_collisions, probe_field
from fastkit.domains.fields import parse_field
from fastkit.domains.frontend import PAGES_DIR, frontend_of, render_pages
from fastkit.domains.project import Project, Referred, alembic_head, next_revision, referred_domain
from fastkit.domains.record import Recorded, recorded_domains
from fastkit.domains.wiring import wiring
from fastkit.shared.templates import domain_templates, load_template
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.domain import code
from fastkit_hooks.domain.fields import DOCUMENT_SHADOWING, Field
from fastkit_hooks.domain.names import DomainNames
from fastkit_hooks.domain.render import SUPPORTED_STORES, Domain, FieldChanges, render_domain
from fastkit_hooks.example import digest


@dataclass
class Plan:
    new_files: dict[str, str] = field(default_factory=dict)
    replaced: dict[str, str] = field(default_factory=dict)  # --force: generated, untouched
    kept: list[str] = field(default_factory=list)  # --force: edited or added by the user
    edits: dict[str, str] = field(default_factory=dict)
    domains: list[DomainNames] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)
    # Every domain's record once written; "" stands for the digest of the new text.
    records: dict[str, Recorded] = field(default_factory=dict)


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


def plan_domains(project: Project, requests: list[Domain], force: bool = False) -> Plan:
    if project.store not in SUPPORTED_STORES:
        databases = ", ".join(
            d for d in load_template(project.template).choices["db"] if d != "none"
        )
        raise InvalidInput(
            f"this project has no database (db: {project.answers.get('db')}): a domain needs "
            f"one of {databases}"
        )
    names = [r.names.name for r in requests]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InvalidInput(f"domain {twice[0]!r} is given twice")
    plan = Plan(records=recorded_domains(project))
    pending: dict[str, Referred] = {}
    head = alembic_head(project) if project.store == "sql" else None
    tables = project.tables()
    routes = project.route_segments()
    templates = domain_templates()
    for request in ordered(requests):
        d = request.names
        recorded = _existing(project, d, plan.records, force)
        if recorded is None and d.plural in tables:
            raise InvalidInput(
                f"the project has a table {d.plural!r} already (or the spec adds it twice): "
                "give another name or --plural"
            )
        if recorded is None and d.url in routes:
            raise InvalidInput(
                f"the project serves /api/v1/{d.url} already (or the spec adds it twice): "
                f"domain {d.name!r} would take its URL; give another name or --plural"
            )
        routes.add(d.url)
        fields = [_resolved(project, d.name, f, pending) for f in request.fields]
        shadowing = [f.name for f in fields if f.name in DOCUMENT_SHADOWING]
        if project.store == "mongo" and shadowing:
            raise InvalidInput(
                f"field {shadowing[0]!r} of {d.name} would shadow a method of Beanie's "
                "Document, which MongoDB domains are: choose another name"
            )
        if project.store == "sql":
            _check_identifiers(d, fields)
        probe = Domain(PROBE, [probe_field(i, f) for i, f in enumerate(fields)])
        probe_files = render_domain(templates, probe, project, None, None)
        changes = None
        if recorded is not None:
            old = [_resolved(project, d.name, parse_field(s), pending) for s in recorded.fields]
            was = list(zip(recorded.fields, old, strict=True))
            changes = field_changes(d, was, list(zip(request.specs, fields, strict=True)))
        altered = changes is None or bool(changes.added or changes.removed)
        revision = next_revision(head) if head and altered else None
        files = render_domain(templates, Domain(d, fields), project, revision, head, changes)
        check_collisions(d, fields, probe_files, files)
        framework = _pages_of(project, recorded)
        if framework is not None:
            files.update(render_pages(framework, Domain(d, fields), project.store))
        if recorded is None:
            taken = [p for p in files if (project.root / p).exists() or p in plan.new_files]
            if taken:
                raise InvalidInput(f"{taken[0]} exists already: fastkit does not overwrite it")
            plan.new_files.update(files)
            plan.edits.update(wiring(project, d, plan.edits))
        else:
            kept_before = len(plan.kept)
            _sort_forced(project, files, recorded, plan)
            was_domain = Domain(d, [f for _, f in was])
            was_files = render_domain(templates, was_domain, project, None, None)
            if framework is not None:
                was_files.update(render_pages(framework, was_domain, project.store))
            _refuse_stale_kept(d, plan.kept[kept_before:], was_files, files)
        plan.records[d.name] = _record(d, request.specs, files, recorded, plan.kept)
        plan.domains.append(d)
        pending[d.name] = Referred(d.cls, d.plural)
        tables.add(d.plural)
        if revision:
            plan.revisions.append(revision)
            head = revision
    return plan


def _pages_of(project: Project, recorded: Recorded | None) -> str | None:
    """The frontend that gets the domain's pages: a new domain's, or one whose record
    has them (the example items have pages of their own, which --force leaves be)."""
    framework = frontend_of(project.answers)
    if recorded is not None and not any(p.startswith(PAGES_DIR) for p in recorded.files):
        return None
    return framework


def _existing(
    project: Project, d: DomainNames, records: dict[str, Recorded], force: bool
) -> Recorded | None:
    """The record of a domain --force may render again; None for a new domain."""
    recorded = records.get(d.name)
    if not project.has_domain(d.name) and recorded is None:
        return None
    if not force:
        raise InvalidInput(
            f"domain {d.name!r} exists in this project already (--force renders it again "
            "from the fields given, keeping the files you edited)"
        )
    if recorded is None:
        raise InvalidInput(
            f"domain {d.name!r} was not made by create-domain (.fastkit.yaml has no record of "
            "its files): --force cannot tell your edits from generated code"
        )
    if d.plural != recorded.plural:
        raise InvalidInput(
            f"domain {d.name!r} has the table {recorded.plural!r}: --force keeps it "
            f"(give --plural {recorded.plural})"
        )
    return recorded


def field_changes(
    d: DomainNames, old: list[tuple[str, Field]], new: list[tuple[str, Field]]
) -> FieldChanges:
    """Columns --force adds and drops, from (spec, field) pairs. A field whose column
    changed is refused: converting its data is its owner's to write. Its default may
    change: the app sets it, not the database."""
    before, after = {f.name: (s, f) for s, f in old}, {f.name: (s, f) for s, f in new}
    for name in before.keys() & after.keys():
        (was, field_before), (now, field_after) = before[name], after[name]
        if replace(field_before, default=None) != replace(field_after, default=None):
            raise InvalidInput(
                f"field {name!r} of {d.name} was {was!r}, now {now!r}: --force adds and "
                "removes fields; changing one needs a migration you write"
            )
    added = [f for _, f in new if f.name not in before]
    for f in added:
        if not f.optional and not f.has_default:
            raise InvalidInput(
                f"new field {f.name!r} of {d.name} is required with no default: the rows "
                f"{d.plural} holds would have no value; make it optional ({f.name}:TYPE?) or "
                f"give a default ({f.name}:TYPE=VALUE)"
            )
    return FieldChanges(added, [f for _, f in old if f.name not in after])


def _record(
    d: DomainNames,
    specs: tuple[str, ...],
    files: dict[str, str],
    recorded: Recorded | None,
    kept: list[str],
) -> Recorded:
    """Migrations are history, not recorded; a kept file keeps its old digest (so it
    still reads as edited), or stays out of the record if the user added it."""
    digests = {}
    for path in files:
        if path.startswith("migrations/"):
            continue
        if path not in kept:
            digests[path] = ""  # filled in once the file is formatted
        elif recorded and path in recorded.files:
            digests[path] = recorded.files[path]
    return Recorded(d.plural, specs, digests)


def _sort_forced(project: Project, files: dict[str, str], recorded: Recorded, plan: Plan) -> None:
    """New files are written, untouched ones replaced; edited or added ones kept."""
    for path, text in files.items():
        current = project.root / path
        if path.startswith("migrations/") and (current.exists() or path in plan.new_files):
            raise InvalidInput(f"{path} exists already: fastkit does not overwrite it")
        if not current.exists():
            plan.new_files[path] = text
        elif current.is_file() and digest(current.read_bytes()) == recorded.files.get(path):
            plan.replaced[path] = text
        else:
            plan.kept.append(path)


def _refuse_stale_kept(
    d: DomainNames, kept: list[str], before: dict[str, str], after: dict[str, str]
) -> None:
    """A kept (edited) file the new fields would have changed: the files written
    beside it (its tests, say) would expect what it does not have."""
    stale = [path for path in kept if before.get(path) != after.get(path)]
    if stale:
        raise InvalidInput(
            f"--force would change {stale[0]} for the new fields of {d.name}, but you "
            "edited it since create-domain wrote it: the other new files would not match "
            "it. Restore it (git checkout), run again, then redo your edit"
        )


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
            names.append(code.unique_name(d.plural, f))
        elif f.indexed:
            names.append(code.index_name(d.plural, f.name))
        if f.is_ref:
            names.append(code.foreign_key_name(d.plural, f))
        longest = max(names, key=len)
        if len(longest) > MAX_IDENTIFIER:
            raise InvalidInput(
                f"field {f.name} of {d.name}: its database name {longest!r} is {len(longest)} "
                f"characters, over the {MAX_IDENTIFIER} PostgreSQL and MySQL allow: "
                "shorten the field's name or the domain's (--plural)"
            )
