"""A domain's pages in a fullstack project's frontend: its fields for the generic
form, a list, a record and a new-record page, their routes and their unit test,
rendered from the frontend choice's domain templates (cookiecutters/fullstack/
choices/frontend/<frontend>/domain, and flags/frontend/domain for what React and
Vue share).

The pages call the API through the client `npm run generate-client` makes from the
OpenAPI document: its functions are named after FastAPI's operation ids, which
`sdk_name` spells as @hey-api/openapi-ts does.
"""

import json
import re
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from fastkit.shared.templates import template_root
from fastkit_hooks.domain.fields import Field
from fastkit_hooks.domain.names import DomainNames
from fastkit_hooks.domain.render import Domain

FRONTENDS = ("react", "vue")
API_PREFIX = "/api/v1"
LINE_WIDTH = 100  # the frontend's biome.json
# Where a domain's pages go, and the files React and Vue write there.
PAGES_DIR = "frontend/src/domains"
FILES = {
    "react": ("routes.tsx", "pages.tsx", "pages.test.tsx"),
    "vue": ("routes.ts", "ListPage.vue", "RecordPage.vue", "NewPage.vue", "pages.test.ts"),
}
SHARED_FILES = ("fields.ts",)
# The inputs of fastkit's field types (src/fields.ts's FieldKind).
KINDS = {
    "str": "text",
    "text": "textarea",
    "email": "email",
    "int": "integer",
    "float": "number",
    "decimal": "decimal",
    "bool": "checkbox",
    "date": "date",
    "datetime": "datetime",
    "uuid": "text",
    "json": "json",
    "enum": "choice",
}
UUID_PATTERN = "[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}"
DECIMAL_PATTERN = r"-?[0-9]+(\.[0-9]{1,2})?"
# The records the generated test shows: the signed-in user's and another's.
SQL_IDS, MONGO_IDS = (7, 8), ("64b000000000000000000007", "64b000000000000000000008")
# Their owners: the signed-in user (the test's ME), another user.
SQL_OWNERS, MONGO_OWNERS = (1, 2), ("64b000000000000000000001", "64b000000000000000000002")
SQL_REF, MONGO_REF = 3, "64b000000000000000000003"


def frontend_of(answers: dict[str, str]) -> str | None:
    """The project's frontend (react or vue), or None for a project without one."""
    value = answers.get("frontend")
    return value if value in FRONTENDS else None


def sdk_name(operation_id: str) -> str:
    """The client's function for an operation, as @hey-api/openapi-ts names it
    (camelCase; a digit run before a letter ends a word: api_v1_items -> apiV1Items)."""
    text = operation_id.strip().lower().lstrip("_")
    text = re.sub(
        r"\d+([a-z0-9_]|$)",
        lambda m: m[0] if text[m.end() : m.end() + 1] in ("_", "-", ".") else m[0].upper(),
        text,
    )
    return re.sub(r"_+([a-z0-9]|$)", lambda m: m[1].upper(), text)


def operation_ids(d: DomainNames) -> dict[str, str]:
    """FastAPI's default operation ids for the domain's router (the function's name,
    the path with every non-word character as _, the method)."""
    collection = re.sub(r"\W", "_", f"{API_PREFIX}/{d.url}")
    one = f"{collection}__{d.name}_id_"
    return {
        "list": f"list_{d.plural}{collection}_get",
        "create": f"create_{d.name}{collection}_post",
        "read": f"read_{d.name}{one}_get",
        "update": f"update_{d.name}{one}_patch",
        "delete": f"delete_{d.name}{one}_delete",
    }


def label_of(name: str) -> str:
    """customer_id -> Customer id: what a form's label says."""
    return name.replace("_", " ").capitalize()


def _kind(field: Field, store: str) -> str:
    if field.is_ref:
        return "integer" if store == "sql" else "text"
    return KINDS[field.type]


def form_field(field: Field, store: str) -> dict[str, str]:
    """The field as src/fields.ts's FormField, each value a TypeScript literal."""
    kind = _kind(field, store)
    entry = {
        "name": json.dumps(field.name),
        "label": json.dumps(label_of(field.name)),
        "kind": json.dumps(kind),
        "required": _ts(not field.optional and not field.has_default),
        "nullable": _ts(field.optional),
    }
    if field.length is not None and field.type != "enum":
        entry["maxLength"] = str(field.length)
    pattern = field.pattern or {"uuid": UUID_PATTERN, "decimal": DECIMAL_PATTERN}.get(field.type)
    if pattern:
        entry["pattern"] = json.dumps(pattern)
    if field.choices:
        entry["choices"] = "[" + ", ".join(json.dumps(c) for c in field.choices) + "]"
    if field.has_default:
        initial = field.default if field.type == "bool" else _input_text(field, field.default)
        entry["initial"] = _ts(initial)
    return entry


def _ts(value: Any) -> str:
    """A JSON value as TypeScript source, spelled as Biome formats it."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = (f"{_key(k)}: {_ts(v)}" for k, v in value.items())
        return "{ " + ", ".join(pairs) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_ts(v) for v in value) + "]"
    if isinstance(value, str):
        return _string(value)
    return json.dumps(value)


def _key(name: str) -> str:
    """An object key: bare when it is an identifier, as Biome writes it."""
    return name if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else _string(name)


def _string(text: str) -> str:
    """A string literal in Biome's quotes: double, unless that needs more escapes."""
    if '"' in text and "'" not in text:
        return "'" + json.dumps(text)[1:-1].replace('\\"', '"') + "'"
    return json.dumps(text)


def _input_text(field: Field, value: Any) -> str:
    """What an input holds for the API's value."""
    if field.type == "json":
        return json.dumps(value)
    if field.type == "datetime":
        return str(value)[:16]  # datetime-local: minutes, no zone
    return str(value)


def _sample(field: Field, which: int, store: str) -> Any:
    if field.is_ref:
        return SQL_REF if store == "sql" else MONGO_REF
    return field.samples[which]


def _record(domain: Domain, which: int, store: str) -> str:
    """A record as the API answers it: `which` picks the sample values and the owner."""
    ids, owners = (SQL_IDS, SQL_OWNERS) if store == "sql" else (MONGO_IDS, MONGO_OWNERS)
    record = {"id": ids[which], "owner_id": owners[which]}
    record.update({f.name: _sample(f, which, store) for f in domain.fields})
    return _object(record)


def _object(values: dict[str, Any], raw: frozenset[str] = frozenset(), indent: int = 0) -> str:
    """A TypeScript object literal, one key a line (as Biome keeps it), its closing
    brace at `indent`; the keys in `raw` hold source text already."""
    inner = " " * (indent + 2)
    lines = [f"{inner}{k}: {v if k in raw else _ts(v)}," for k, v in values.items()]
    return "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"


def _fill(domain: Domain, store: str, frontend: str) -> tuple[list[str], str]:
    """The test's statements that fill each input with the first sample, and the
    body the form must send for them."""
    lines, expected, raw = [], {}, set()
    for field in domain.fields:
        value = _sample(field, 0, store)
        lines += _fill_input(field, value, frontend)
        if field.type == "datetime":  # the input is the browser's local time
            expected[field.name] = f"new Date({_string(_input_text(field, value))}).toISOString()"
            raw.add(field.name)
        else:
            expected[field.name] = value
    return lines, _object(expected, frozenset(raw), indent=4)


def _fill_input(field: Field, value: Any, frontend: str) -> list[str]:
    if frontend == "vue":  # @vue/test-utils finds the input by its name
        given = _ts(value) if field.type == "bool" else _string(_input_text(field, value))
        return [f"await app.find('[name=\"{field.name}\"]').setValue({given});"]
    target = f'screen.getByLabelText("{label_of(field.name)}")'
    if field.type == "bool":
        return [f"fireEvent.click({target});"] if value != (field.default is True) else []
    text = _string(_input_text(field, value))
    line = f"fireEvent.change({target}, {{ target: {{ value: {text} }} }});"
    if len(line) + 4 > LINE_WIDTH:  # as Biome breaks it
        line = f"fireEvent.change({target}, {{\n      target: {{ value: {text} }},\n    }});"
    return [line]


def _label(domain: Domain) -> str:
    """How a record is named: its first required text (a name, an email), else the
    domain's title and its id (Order line 12)."""
    named = next((f for f in domain.fields if f.type in {"str", "email"} and not f.optional), None)
    if named is not None:
        return f"record.{named.name}"
    return f"`{domain.names.title.capitalize()} ${{record.id}}`"


@cache
def _environment(folder: Path) -> Environment:
    # [[ ]] and [% %]: TSX and Vue templates use {{ }} themselves.
    return Environment(
        loader=FileSystemLoader(folder),
        undefined=StrictUndefined,
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_pages(frontend: str, domain: Domain, store: str) -> dict[str, str]:
    """The domain's frontend files: project-relative path -> text."""
    d = domain.names
    fill, expected = _fill(domain, store, frontend)
    ids = SQL_IDS if store == "sql" else MONGO_IDS
    context = {
        "d": d,
        "Titles": d.titles.capitalize(),
        "a_title": ("an " if d.title[0] in "aeiou" else "a ") + d.title,
        "sdk": SimpleNamespace(**{role: sdk_name(op) for role, op in operation_ids(d).items()}),
        "form_fields": [form_field(f, store) for f in domain.fields],
        "label": _label(domain),
        "hers": _record(domain, 0, store),
        "bobs": _record(domain, 1, store),
        "hers_id": ids[0],
        "bobs_id": ids[1],
        "fill": fill,
        "expected": expected,
    }
    fullstack = template_root() / "fullstack"
    sources = [(fullstack / "flags" / "frontend" / "domain", name) for name in SHARED_FILES]
    sources += [
        (fullstack / "choices" / "frontend" / frontend / "domain", n) for n in FILES[frontend]
    ]
    return {
        f"{PAGES_DIR}/{d.plural}/{name}": _environment(folder).get_template(name).render(context)
        for folder, name in sources
    }


# Where a domain's pages are wired in: a line above each of these comments.
ROUTER = {"react": "frontend/src/router.tsx", "vue": "frontend/src/router.ts"}
NAVIGATION = {"react": "frontend/src/pages/Layout.tsx", "vue": "frontend/src/App.vue"}
ROUTES_MARK = "fastkit create-domain adds each domain's routes here"
LINKS_MARK = "fastkit create-domain adds a link to each domain's pages here"


def _mark(lines: list[str], mark: str) -> tuple[int, str] | None:
    """The line holding `mark` and its indentation, or None."""
    at = next((i for i, line in enumerate(lines) if mark in line), None)
    if at is None:
        return None
    return at, lines[at][: len(lines[at]) - len(lines[at].lstrip())]


def routes_alias(d: DomainNames) -> str:
    return sdk_name(d.plural) + "Routes"


def with_routes(text: str, d: DomainNames) -> str | None:
    """The router's text with the domain's routes imported and listed (None if it has
    no ROUTES_MARK line). The import goes where Biome's sorting puts it."""
    lines = text.splitlines(keepends=True)
    found = _mark(lines, ROUTES_MARK)
    if found is None:
        return None
    mark, indent = found
    lines.insert(mark, f"{indent}...{routes_alias(d)},\n")
    source = f"./domains/{d.plural}/routes"
    statement = f'import {{ routes as {routes_alias(d)} }} from "{source}";\n'
    lines.insert(_import_position(lines, source), statement)
    return "".join(lines)


def _import_position(lines: list[str], source: str) -> int:
    """Before the first relative import whose source sorts after `source`, else after
    the last import statement."""
    after_last, start = 0, None
    for i, line in enumerate(lines):
        if start is None and line.startswith("import "):
            start = i
        if start is not None and line.rstrip().endswith(";"):
            found = re.search(r'from "([^"]+)";$', line.rstrip())
            if found and found[1].startswith(".") and found[1] > source:
                return start
            after_last, start = i + 1, None
    return after_last


def with_link(text: str, frontend: str, d: DomainNames) -> str | None:
    """The navigation's text with a link to the domain's list (None if it has no
    LINKS_MARK line)."""
    lines = text.splitlines(keepends=True)
    found = _mark(lines, LINKS_MARK)
    if found is None:
        return None
    mark, indent = found
    title = d.titles.capitalize()
    if frontend == "vue":
        link = f'{indent}<RouterLink to="/{d.url}">{title}</RouterLink>\n'
    else:
        opening = f'<Link to="/{d.url}" search={{{{ page: 1 }}}}>'
        link = f"{indent}{opening}\n{indent}  {title}\n{indent}</Link>\n"
    lines.insert(mark, link)
    return "".join(lines)
