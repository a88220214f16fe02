"""Each field's declaration in each layer of a domain, as Python source.

Declarations are written on one line and imports unsorted: ruff formats the
rendered files and sorts their imports, under the project's own settings, before
they are written (writing.formatted).
"""

import json
from typing import Any

from fastkit.domains.fields import TEXT_LENGTH, Field

INT32 = "ge=-(2**31), le=2**31 - 1"


def call(indent: int, head: str, arguments: list[str], tail: str = ")") -> str:
    return f"{' ' * indent}{head}{', '.join(arguments)}{tail}"


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
    return f"    {field.name}: {annotation}" + (" | None" if field.optional else "")


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
    return f"    {field.name}: {annotation}" + (" = None" if field.optional else "")


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
        "str": f"min_length=1, max_length={field.length}, pattern=NO_NUL",
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
        return "dict[str, JsonValue]"
    if constraints is None:
        return field.python
    # In a body, a number is a JSON number: "5" and true are not 5 and 1. (After the
    # Field: its bounds stay on the number, where the document shows them.)
    only_numbers = ", BeforeValidator(number_only)" if body and is_number(field) else ""
    return f"Annotated[{field.python}, Field({constraints}){only_numbers}]"


def is_number(field: Field) -> bool:
    return field.python in ("int", "float")


def filter_type(field: Field) -> str:
    return input_type(field, body=False)


def output_type(field: Field) -> str:
    python = "DatetimeOut" if field.type == "datetime" else field.python
    if field.type == "json":
        python = "dict[str, JsonValue]"
    return f"{python} | None" if field.optional else python


def create_field(field: Field) -> str:
    annotation = input_type(field)
    default = python_literal(field, field.default)
    if field.optional:
        return f"    {field.name}: {annotation} | None = {default}"
    if field.has_default:
        return f"    {field.name}: {annotation} = {default}"
    return f"    {field.name}: {annotation}"


def update_field(field: Field) -> str:
    """Omitted means unchanged; null only for optional fields (validated in the class)."""
    annotation = input_type(field)
    if field.optional:
        return f"    {field.name}: {annotation} | None = None"
    return f"    {field.name}: {annotation} | SkipJsonSchema[None] = None"


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
    """`import x` and `from x import a, b` lines (ruff sorts and groups them later)."""
    return "\n".join(
        module if module.startswith("import ") else f"from {module} import {', '.join(names)}"
        for module, names in needed.items()
    )


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
