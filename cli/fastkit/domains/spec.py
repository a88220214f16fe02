"""A --spec file: several domains, with the same field vocabulary as --field.

domains:
  customer:
    fields: ["email:email:unique", "full_name:str(80)"]
  order:
    plural: orders            # optional, as --plural
    fields:
      - customer:ref(customer)
      - placed_at:datetime
"""

from pathlib import Path
from typing import Any

from fastkit.domains.fields import parse_field
from fastkit.domains.names import domain_names
from fastkit.shared.validators import InvalidInput
from fastkit_hooks.answers import answers_text, read_answers
from fastkit_hooks.domain.fields import MAX_ROW_BYTES, Field
from fastkit_hooks.domain.render import Domain
from fastkit_hooks.example import FIELDS as EXAMPLE_FIELDS

# With no fields: a name and a description, as the example item has.
MINIMAL_FIELDS = EXAMPLE_FIELDS
DOMAIN_KEYS = {"fields", "plural"}


def domain_request(name: str, specs: list[str], plural: str | None = None) -> Domain:
    names = domain_names(name, plural)
    specs = [spec.strip() for spec in specs or MINIMAL_FIELDS]
    fields = [parse_field(spec) for spec in specs]
    _check_distinct(name, fields)
    return Domain(names, fields, tuple(specs))


def read_spec(path: Path) -> list[Domain]:
    try:
        data = read_answers(path)  # YAML of at most 1 MiB, no key given twice
    except ValueError as error:
        raise InvalidInput(f"--spec: {error}") from error
    return spec_requests(data, f"--spec {path}")


def spec_requests(data: dict[str, Any], where: str) -> list[Domain]:
    """The domains a spec document asks for (a file's, or a model's answer: the same
    checks), or a one-line error starting with `where`."""
    domains = data.get("domains")
    # A project's .fastkit.yaml is a spec too: its record of the domains it has.
    recorded = "answers" in data
    keys = DOMAIN_KEYS | ({"files"} if recorded else set())
    if not isinstance(domains, dict) or not domains or (set(data) != {"domains"} and not recorded):
        raise InvalidInput(
            f"{where}: expected one key, `domains`, mapping each domain name to "
            "{fields: [NAME:TYPE, ...], plural: ...}"
        )
    requests = []
    for name, body in domains.items():
        body = {} if body is None else body
        if not isinstance(body, dict) or set(body) - keys:
            raise InvalidInput(
                f"{where}: domain {name!r} takes only {', '.join(sorted(DOMAIN_KEYS))}"
            )
        specs, plural = body.get("fields") or [], body.get("plural")
        if not isinstance(specs, list) or not all(isinstance(s, str) for s in specs):
            raise InvalidInput(f"{where}: the fields of {name!r} are a list of NAME:TYPE texts")
        requests.append(domain_request(str(name), specs, None if plural is None else str(plural)))
    return requests


def _check_distinct(domain: str, fields: list[Field]) -> None:
    seen: set[str] = set()
    for field in fields:
        if field.name in seen:
            raise InvalidInput(f"field {field.name!r} of {domain} is given twice")
        seen.add(field.name)
    row = sum(field.row_bytes for field in fields)
    if row > MAX_ROW_BYTES:
        raise InvalidInput(
            f"the fields of {domain} would make a row of up to {row:,} bytes, over the "
            f"{MAX_ROW_BYTES:,} MySQL and MariaDB hold (each character of a str(N) counts "
            "4): make some fields text, or their str(N) shorter"
        )


def spec_text(domains: dict[str, dict[str, Any]], header: str = "") -> str:
    """A spec file's text (as --spec reads it), after `header`'s comment lines."""
    return comments(header) + answers_text({"domains": domains})


def comments(text: str) -> str:
    """Each line of `text` as a YAML comment."""
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())
