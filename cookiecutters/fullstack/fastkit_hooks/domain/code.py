# Generated from hooks/fastkit_hooks/domain/code.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Each field's declaration in each layer of a domain, as Python source.

Imports are sorted and grouped, and long declarations and calls wrapped, as the
generated project's ruff settings want them: the post-generation hook, which has
no ruff, writes the example domain as rendered. create-domain still formats what
it renders with ruff (fastkit.domains.writing), which wraps what these rules do
not cover, such as a signature a long domain name makes too long.
"""

import json
import sys
from typing import Any

from fastkit_hooks.domain.fields import TEXT_LENGTH, Field
from fastkit_hooks.escaping import LINE_LENGTH

INT32 = "ge=-(2**31), le=2**31 - 1"
FIRST_PARTY = ("app", "tests")  # the generated project's own packages


def call(indent: int, head: str, arguments: list[str], tail: str = ")") -> str:
    """`head(arguments)tail`, wrapped as ruff formats it: on one line if it fits, else
    the arguments on one line of their own, else one per line."""
    pad, inner = " " * indent, " " * (indent + 4)
    line = f"{pad}{head}{', '.join(arguments)}{tail}"
    if len(line) <= LINE_LENGTH:
        return line
    hugged = f"{inner}{', '.join(arguments)}"
    if len(hugged) <= LINE_LENGTH:
        return f"{pad}{head}\n{hugged}\n{pad}{tail}"
    return f"{pad}{head}\n" + "".join(f"{inner}{a},\n" for a in arguments) + f"{pad}{tail}"


def model_column(field: Field) -> str:
    """The SQLAlchemy attribute: `name: Mapped[T] = mapped_column(...)`."""
    annotation = "str" if field.type == "enum" else field.python
    if field.optional:
        annotation += " | None"
    arguments = [field.column]
    if field.is_ref:
        # No ON DELETE: deleting a record still referred to is refused (409).
        arguments = [f'sa.ForeignKey("{field.ref_table}.id")']
    if field.unique:
        arguments.append("unique=True")
    if field.indexed and not field.unique:
        arguments.append("index=True")
    return call(4, f"{field.name}: Mapped[{annotation}] = mapped_column(", arguments)


def dataclass_field(field: Field) -> str:
    """The in-memory record's attribute (every value is given when one is made)."""
    annotation = "str" if field.type == "enum" else field.python
    return attribute(field.name, annotation + (" | None" if field.optional else ""))


def document_field(field: Field) -> str:
    """The Beanie attribute; unique and indexed fields get their index."""
    # MongoDB gives a decimal back as Decimal128, which DecimalAnnotation converts.
    special = {"json": "dict[str, JsonValue]", "decimal": "DecimalAnnotation"}
    annotation = special.get(field.type, field.python)
    if field.optional:
        annotation += " | None"
    if field.unique:
        annotation = f"Annotated[{annotation}, Indexed(unique=True)]"
    elif field.indexed:
        annotation = f"Annotated[{annotation}, Indexed()]"
    return attribute(field.name, annotation, "None" if field.optional else None)


def column_arguments(field: Field, nullable: bool | None = None) -> list[str]:
    nullable = field.optional if nullable is None else nullable
    return [py(field.name), field.column, f"nullable={nullable}"]


def migration_column(field: Field) -> str:
    return call(8, "sa.Column(", column_arguments(field), "),")


# The names the project's naming convention gives a field's constraints and index;
# migrations name them so, and PostgreSQL's 63-character limit applies to them.
def unique_name(table: str, field: Field) -> str:
    return f"uq_{table}_{field.name}"


def index_name(table: str, column: str) -> str:
    return f"ix_{table}_{column}"


def foreign_key_name(table: str, field: Field) -> str:
    return f"fk_{table}_{field.name}_{field.ref_table}"


def input_type(field: Field, body: bool = True) -> str:
    """What the API accepts for the field: bounded so the database never refuses it,
    and exactly what the OpenAPI document says. In a JSON body a number is not a
    bool and text is not a number (strict); dates, times and amounts come as text.
    Query filters arrive as text, and are read from it."""
    constraints = {
        "str": f"min_length=1, max_length={field.length}, pattern={_pattern(field)}",
        "text": f"max_length={TEXT_LENGTH}, pattern=NO_NUL",
        "email": f"max_length={field.length}, pattern=EMAIL",
        "int": INT32,
        "float": "allow_inf_nan=False",
        "bool": "strict=True" if body else None,
        "ref": "ge=1, le=MAX_ROW_ID" if field.id_type == "int" else None,
    }.get(field.type)
    named = {"datetime": "DatetimeIn", "date": "DateIn", "decimal": "DecimalIn"}
    if field.type in named:
        return named[field.type]
    if field.type == "json":
        return "JsonIn"
    if constraints is None:
        return field.python
    # In a body, a number is a JSON number: "5" and true are not 5 and 1. (After the
    # Field: its bounds stay on the number, where the document shows them.)
    only_numbers = ", BeforeValidator(number_only)" if body and is_number(field) else ""
    return f"Annotated[{field.python}, Field({constraints}){only_numbers}]"


def _pattern(field: Field) -> str:
    """The constant NO_NUL, or a plugin type's own pattern (which accepts no NUL)."""
    return py(field.pattern) if field.pattern else "NO_NUL"


def is_number(field: Field) -> bool:
    return field.python in ("int", "float")


def filter_type(field: Field) -> str:
    return input_type(field, body=False)


def output_type(field: Field) -> str:
    python = "DatetimeOut" if field.type == "datetime" else field.python
    if field.type == "json":
        python = "dict[str, JsonValue]"
    return f"{python} | None" if field.optional else python


def attribute(name: str, annotation: str, value: str | None = None) -> str:
    """A class attribute, `name: annotation = value`, wrapped as ruff formats it when
    too long: the value in parentheses, else the annotation, split at its top-level
    `|` if it still does not fit; with no value, the annotation's brackets split."""
    pad, inner = "    ", " " * 8
    if value is None:
        line = f"{pad}{name}: {annotation}"
        head, bracket, arguments = annotation.partition("[")
        if len(line) <= LINE_LENGTH or not bracket or not arguments.endswith("]"):
            return line
        return call(4, f"{name}: {head}[", _top_level_split(arguments[:-1], ", "), "]")
    line = f"{pad}{name}: {annotation} = {value}"
    if len(line) <= LINE_LENGTH:
        return line
    if len(f"{pad}{name}: {annotation} = (") <= LINE_LENGTH:
        return f"{pad}{name}: {annotation} = (\n{inner}{value}\n{pad})"
    if len(f"{inner}{annotation}") <= LINE_LENGTH:
        return f"{pad}{name}: (\n{inner}{annotation}\n{pad}) = {value}"
    first, *others = _top_level_split(annotation, " | ")
    unions = "".join(f"\n{inner}| {part}" for part in others)
    return f"{pad}{name}: (\n{inner}{first}{unions}\n{pad}) = {value}"


def _top_level_split(text: str, separator: str) -> list[str]:
    """`A[x | y] | None` split at " | " -> ["A[x | y]", "None"]: outside brackets only."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
    return [*parts, text[start:]]


def create_field(field: Field) -> str:
    annotation = input_type(field)
    default = python_literal(field, field.default)
    if field.optional:
        return attribute(field.name, f"{annotation} | None", default)
    if field.has_default:
        return attribute(field.name, annotation, default)
    return attribute(field.name, annotation)


def update_field(field: Field) -> str:
    """Omitted means unchanged; null only for optional fields (validated in the class)."""
    annotation = input_type(field)
    if field.optional:
        return attribute(field.name, f"{annotation} | None", "None")
    return attribute(field.name, f"{annotation} | SkipJsonSchema[None]", "None")


def filter_field(field: Field) -> str:
    return attribute(field.name, f"{filter_type(field)} | None", "None")


def python_literal(field: Field, value: Any) -> str:
    """A default as Python source (a Decimal default is written as Decimal("..."))."""
    if field.type == "decimal" and value is not None:
        return f'Decimal("{value}")'
    return py(value)


def py(value: Any) -> str:
    """A JSON value as Python source in ruff's style (double quotes)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py(k)}: {py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(py(v) for v in value) + "]"
    return repr(value)


def import_block(needed: dict[str, set[str]]) -> str:
    """`import x` and `from x import a, b` lines, sorted and grouped as ruff's isort
    rules do (standard library, third party, the project; `import x` first)."""
    statements: list[tuple[int, bool, str, str]] = []
    for module, names in needed.items():
        if module.startswith("import "):
            name = module.removeprefix("import ").split(" as ")[0]
            statements.append((_section(name), False, name.lower(), module))
            continue
        plain = sorted((n for n in names if " as " not in n), key=_member_order)
        lines = [_from_line(module, plain)] if plain else []
        lines += [f"from {module} import {n}" for n in sorted(names - set(plain))]
        statements += [(_section(module), True, module.lower(), line) for line in lines]
    sections: dict[int, list[str]] = {}
    for section, *_, line in sorted(statements):
        sections.setdefault(section, []).append(line)
    return "\n\n".join("\n".join(lines) for _, lines in sorted(sections.items()))


def _section(module: str) -> int:
    top = module.split(".")[0]
    return 2 if top in FIRST_PARTY else 0 if top in sys.stdlib_module_names else 1


def _member_order(name: str) -> tuple[int, str]:
    """Constants, then classes, then the rest (ruff's order-by-type)."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[0].isupper() else 2
    return kind, name.lower()


def _from_line(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def field_types_needed(fields: list[Field], layer: str) -> dict[str, set[str]]:
    """The standard-library and pydantic names the fields need in a layer."""
    needed: dict[str, set[str]] = {}
    types = {f.type for f in fields}
    numbers = any(is_number(f) for f in fields)

    def add(module: str, *names: str) -> None:
        needed.setdefault(module, set()).update(names)

    # As dt.date and dt.datetime: a field may then be named date or datetime.
    if types & {"date", "datetime"}:
        add("import datetime as dt")
    if layer == "models" and "json" in types:
        add("typing", "Any")
    if layer in ("schemas", "documents"):
        if "json" in types:
            add("pydantic", "JsonValue")
        if "enum" in types:
            add("typing", "Literal")
    if layer == "schemas" and (types & {"date", "datetime", "decimal"} or numbers):
        add("typing", "Annotated")
        add("pydantic", "BeforeValidator")
    if layer == "schemas" and types & {"date", "datetime", "decimal"}:
        add("import re")
        add("pydantic", "WithJsonSchema")
    if layer == "schemas" and "datetime" in types:
        add("pydantic", "AfterValidator", "AwareDatetime")
    if layer == "schemas" and "json" in types:
        add("typing", "Annotated")
        add("pydantic", "AfterValidator")
    if layer == "documents" and any(f.unique or f.indexed for f in fields):
        add("typing", "Annotated")
        add("beanie", "Indexed")
    if "decimal" in types and layer == "documents":
        add("beanie", "DecimalAnnotation")
    elif "decimal" in types:
        add("decimal", "Decimal")
    if "uuid" in types:
        add("uuid", "UUID")
    return needed


def unique_constraint(table: str, field: Field) -> str:
    name = f'name=op.f("{unique_name(table, field)}")'
    return call(8, "sa.UniqueConstraint(", [py(field.name), name], "),")


def create_index(table: str, column: str) -> str:
    arguments = [f'op.f("{index_name(table, column)}")', py(table), f"[{py(column)}]"]
    return call(4, "op.create_index(", [*arguments, "unique=False"])


def quoted(names: list[str]) -> list[str]:
    return [py(name) for name in names]


def foreign_key(table: str, field: Field) -> str:
    arguments = [
        f"[{py(field.name)}]",
        f"[{py(field.ref_table + '.id')}]",
        f'name=op.f("{foreign_key_name(table, field)}")',
    ]
    return call(8, "sa.ForeignKeyConstraint(", arguments, "),")


# --force on a SQL domain: the fields added and removed, as batch operations
# (SQLite cannot alter a column in place; alembic copies its table instead).


def server_default(field: Field) -> str | None:
    """What rows the table already holds get in a new required column."""
    if not field.has_default or field.optional:
        return None
    if field.type == "bool":
        return "sa.true()" if field.default else "sa.false()"
    if field.type in {"int", "float", "decimal"}:
        return f"sa.text({py(str(field.default))})"
    value = field.default if isinstance(field.default, str) else json.dumps(field.default)
    return py(value)


def add_column(table: str, field: Field, nullable: bool | None = None) -> list[str]:
    nullable = field.optional if nullable is None else nullable
    arguments = column_arguments(field, nullable)
    if (default := server_default(field)) and not nullable:
        arguments.append(f"server_default={default}")
    column = f"[{py(field.name)}]"
    lines = [call(8, "batch.add_column(sa.Column(", arguments, "))")]
    if field.unique:
        name = f'op.f("{unique_name(table, field)}")'
        lines.append(call(8, "batch.create_unique_constraint(", [name, column]))
    elif field.indexed:
        name = f'op.f("{index_name(table, field.name)}")'
        lines.append(call(8, "batch.create_index(", [name, column, "unique=False"]))
    if field.is_ref:
        name = f'op.f("{foreign_key_name(table, field)}")'
        lines.append(
            call(8, "batch.create_foreign_key(", [name, py(field.ref_table), column, '["id"]'])
        )
    return lines


def drop_column(table: str, field: Field) -> list[str]:
    lines = []
    if field.is_ref:
        name = f'op.f("{foreign_key_name(table, field)}")'
        lines.append(call(8, "batch.drop_constraint(", [name, 'type_="foreignkey"']))
    if field.unique:
        name = f'op.f("{unique_name(table, field)}")'
        lines.append(call(8, "batch.drop_constraint(", [name, 'type_="unique"']))
    elif field.indexed:
        name = f'op.f("{index_name(table, field.name)}")'
        lines.append(call(8, "batch.drop_index(", [name]))
    lines.append(call(8, "batch.drop_column(", [py(field.name)]))
    return lines
