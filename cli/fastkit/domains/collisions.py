"""Names a user gives that the generated code already uses for something else.

A domain or field name lands in the rendered code as identifiers (`order`,
`order_id`, `get_order_service`, a class attribute `date`...). Where one of them
is also a name the template's own code uses in the same scope, Python sees one
name where the code means two: a field `date` hides the type `date` in the class
that declares it, a domain `service` gives a route two parameters `service`.

The check compares two renders of the same domain: one with the user's names, one
with probe names that cannot clash. Each scope of each module (symtable) of the
probe render maps, name by name, onto the user's render; two distinct names of a
probe scope that become one name are a clash, reported with where it happens.
"""

import re
import symtable
from collections.abc import Callable, Iterator
from dataclasses import replace

from fastkit.shared.validators import InvalidInput
from fastkit_hooks.domain.fields import Field
from fastkit_hooks.domain.names import DomainNames

PROBE = DomainNames("zzprobeq", "zzpluralq")
_FIELD_PROBE = re.compile(r"zzfield(\d+)q(_id)?")


def probe_field(index: int, field: Field) -> Field:
    name = f"zzfield{index}q" + ("_id" if field.is_ref else "")
    return replace(field, name=name)


def _renamer(d: DomainNames, fields: list[Field]) -> Callable[[str], str]:
    """Probe identifiers -> the user's: the probe names replaced wherever they occur."""
    tokens = {
        PROBE.cls: d.cls,
        DomainNames(PROBE.plural, PROBE.plural).cls: DomainNames(d.plural, d.plural).cls,
        PROBE.plural: d.plural,
        PROBE.name: d.name,
    }
    domain_token = re.compile("|".join(sorted(map(re.escape, tokens), key=len, reverse=True)))

    def rename(identifier: str) -> str:
        identifier = _FIELD_PROBE.sub(lambda m: fields[int(m[1])].name, identifier)
        return domain_token.sub(lambda m: tokens[m[0]], identifier)

    return rename


def _scopes(table: symtable.SymbolTable, where: str) -> Iterator[tuple[str, list[str]]]:
    yield where, [symbol.get_name() for symbol in table.get_symbols()]
    for child in table.get_children():
        kind = "class" if child.get_type() == "class" else "function"
        yield from _scopes(child, f"{where}, {kind} {child.get_name()}")


def check_collisions(
    d: DomainNames,
    fields: list[Field],
    probe_files: dict[str, str],
    files: dict[str, str],
) -> None:
    """Refuse the user's names if `files` (the domain rendered with them) is not
    Python, or if in any scope of `probe_files` (the domain rendered with PROBE and
    probe_field names) two names become one under the user's names."""
    rename = _renamer(d, fields)
    for probe_path, text in probe_files.items():
        if not probe_path.endswith(".py") or not text:
            continue
        path = rename(probe_path)
        for where, names in _scopes(symtable.symtable(text, path, "exec"), path):
            seen: dict[str, str] = {}
            for name in names:
                renamed = rename(name)
                if renamed in seen and seen[renamed] != name:
                    mine = name if rename(name) != name else seen[renamed]
                    raise InvalidInput(_clash(d, fields, mine, renamed, rename(where)))
                seen[renamed] = name
    for path, text in files.items():  # what the comparison cannot see: a keyword
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except SyntaxError as error:
                raise InvalidInput(
                    f"domain {d.name!r} with these fields makes code Python cannot read "
                    f"({error.msg}, {path} line {error.lineno}): choose other names"
                ) from error


def _clash(d: DomainNames, fields: list[Field], probe: str, renamed: str, where: str) -> str:
    field = _FIELD_PROBE.search(probe)
    given = f"field {fields[int(field[1])].name!r}" if field else f"domain name {d.name!r}"
    return (
        f"{given} would make the name {renamed!r}, which the generated code already uses "
        f"for something else in {where}: choose another name"
    )
