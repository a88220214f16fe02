"""The spec as a person reviews it before anything is written: each domain, its
table, its fields (type, what may be left out, indexes, defaults, what it refers
to) and the routes it will serve."""

from fastkit_hooks.domain.fields import Field
from fastkit_hooks.domain.render import Domain

HEADINGS = ("field", "type", "optional", "unique", "indexed", "default", "refers to")


def review(requests: list[Domain]) -> list[str]:
    lines = []
    for request in requests:
        names = request.names
        lines.append(f"Domain {names.name} (table {names.plural})")
        rows = [HEADINGS, *(_row(field, spec) for field, spec in _fields(request))]
        widths = [max(len(row[i]) for row in rows) for i in range(len(HEADINGS))]
        lines += [
            "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in rows
        ]
        base = f"/api/v1/{names.url}"
        lines.append(f"  routes: GET, POST {base}; GET, PATCH, DELETE {base}/{{{names.name}_id}}")
        lines.append("")
    return lines


def _fields(request: Domain) -> list[tuple[Field, str]]:
    return list(zip(request.fields, request.specs, strict=True))


def _row(field: Field, spec: str) -> tuple[str, ...]:
    kind = spec.split(":", 2)[1].split("=")[0].rstrip("?")  # str(13), enum(a|b), ref(author)
    default = "" if field.default is None else str(field.default)
    return (
        field.name,
        "ref" if field.is_ref else kind,
        "yes" if field.optional else "",
        "yes" if field.unique else "",
        "yes" if field.indexed else "",
        default,
        field.ref,
    )
