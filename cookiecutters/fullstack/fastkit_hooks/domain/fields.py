# Generated from hooks/fastkit_hooks/domain/fields.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""The field vocabulary of `--field NAME:TYPE[(ARG)][?][:unique][:indexed][=DEFAULT]`.

    name:str(200)       a string of at most 200 characters (str alone: 255)
    note:text?          optional (nullable, may be left out)
    sku:str:unique      unique (409 on a duplicate); unique and indexed fields filter lists
    in_stock:bool=true  a default, so the field may be left out when creating
    status:enum(draft|published)

Each type says how it is declared in each layer of the generated domain: the
column, the Alembic column, the Pydantic annotation and two distinct sample values
for the generated tests.
"""

import json
import keyword
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from fastkit_hooks import InvalidAnswer


@dataclass(frozen=True)
class FieldType:
    python: str  # the attribute's type in models and public schemas
    column: str  # the SQLAlchemy column type
    samples: tuple[Any, Any]  # two distinct JSON values the API accepts
    invalid: Any  # a JSON value the API refuses with 422


DEFAULT_STR_LENGTH = 255
# Refused at the door: some databases refuse NUL in text.
TEXT_LENGTH = 10_000
TYPES = {
    "str": FieldType("str", "sa.String({length})", ("alpha", "beta"), ""),
    "text": FieldType("str", "sa.Text()", ("Some text.", "Other text."), 1),
    "int": FieldType("int", "sa.Integer()", (1, 2), 2**31),
    "float": FieldType("float", "sa.Double()", (1.5, 2.5), "not a number"),
    "decimal": FieldType("Decimal", "sa.Numeric(12, 2)", ("9.99", "19.50"), "1e99"),
    "bool": FieldType("bool", "sa.Boolean()", (True, False), "maybe"),
    "date": FieldType("dt.date", "sa.Date()", ("2024-01-02", "2025-03-04"), "2024-13-01"),
    "datetime": FieldType(
        "dt.datetime",
        "sa.DateTime()",
        ("2024-01-02T03:04:05Z", "2025-06-07T08:09:10Z"),
        "2024-01-02T03:04:05",  # no time zone
    ),
    "uuid": FieldType(
        "UUID",
        "sa.Uuid()",
        ("0b7c0f6e-8f3d-4a8e-9a57-1f2d3c4b5a60", "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"),
        "not-a-uuid",
    ),
    "email": FieldType(
        "str", "sa.String(320)", ("ada@example.com", "grace@example.com"), "not an email"
    ),
    # Invalid: a whole number past 64 bits, deep inside (MongoDB could not store it).
    "json": FieldType(
        "dict[str, Any]", "sa.JSON()", ({"a": 1}, {"b": [2, 3]}), {"b": [{"c": 2**63}]}
    ),
    "enum": FieldType("str", "sa.String({length})", ("", ""), "not one of them"),
    # The id of a record of another domain; its samples are made by the tests.
    "ref": FieldType("{id_type}", "sa.Integer()", (None, None), "0"),
}
TYPE_NAMES = ", ".join(
    [*(t for t in TYPES if t not in {"enum", "ref"}), "enum(a|b|c)", "ref(domain)"]
)


@dataclass(frozen=True)
class TextType:
    """A field type a plugin adds: text of at most `length` characters that matches
    `pattern` (anchored, accepting no NUL), stored as str(length)."""

    length: int
    pattern: str
    samples: tuple[str, str]
    invalid: str


# The plugins' field types, by name: fastkit registers them (fastkit.plugins) before
# create-domain reads a field; a project's hooks never see them.
PLUGIN_TYPES: dict[str, TextType] = {}


def type_names() -> str:
    return ", ".join([TYPE_NAMES, *PLUGIN_TYPES])


# Names the generated code sets itself, or that would shadow what it relies on.
RESERVED = {"id", "created_at", "updated_at", "owner", "owner_id", "metadata", "limit", "offset"}
# What a field would shadow (read off pydantic 2.14, SQLAlchemy 2.1 and beanie 1.30;
# model_* is refused by its prefix): the public attributes of pydantic.BaseModel and
# a SQLAlchemy DeclarativeBase, the constructors' self and cls, and the Update
# schema's validator...
SHADOWING = {
    "cls", "self",
    "construct", "copy", "dict", "fields", "from_orm", "json", "metadata", "not_null",
    "parse_file", "parse_obj", "parse_raw", "registry", "schema", "schema_json",
    "update_forward_refs", "validate",
}  # fmt: skip
# ... and, in MongoDB projects, those of beanie.Document (plan.py checks them).
DOCUMENT_SHADOWING = {
    "add_child", "aggregate", "all", "avg", "bulk_writer", "count", "create", "current_date",
    "delete", "delete_all", "distinct", "fetch_all_links", "fetch_link", "fill_back_refs",
    "find", "find_all", "find_many", "find_one", "get", "get_bson_encoders", "get_changes",
    "get_collection_name", "get_link_fields", "get_model_type", "get_previous_changes",
    "get_previous_saved_state", "get_pymongo_collection", "get_saved_state", "get_settings",
    "has_changed", "inc", "insert", "insert_many", "insert_one", "inspect_collection",
    "is_changed", "lazy_parse", "link_from_id", "max", "min", "parse_store", "replace",
    "replace_many", "revision_id", "rollback", "save", "save_changes", "set", "set_collection",
    "set_collection_name", "set_database", "settings", "state_management_replace_objects",
    "state_management_save_previous", "sum", "sync", "to_ref", "update", "update_all",
    "use_state_management", "validate_self",
}  # fmt: skip
_FIELD = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*):(?P<type>[a-z]+)(?:\((?P<arg>[^)]*)\))?"
    r"(?P<optional>\?)?(?P<mods>(?::[a-z]+)*)(?:=(?P<default>.*))?\Z"
)
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*\Z")
_ENUM_VALUE = re.compile(r"[A-Za-z0-9_-]{1,50}\Z")
MODIFIERS = ("unique", "indexed")
MAX_STR_LENGTH = 1000  # longer text: use `text`
# MySQL and MariaDB: the most a row may hold (bytes). The id, the owner and the
# record's overhead take the rest of 65,535.
MAX_ROW_BYTES = 65_000
MAX_NAME_LENGTH = 40


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    optional: bool = False
    unique: bool = False
    indexed: bool = False
    length: int | None = None  # str, email and enum: the column's length
    choices: tuple[str, ...] = ()  # enum
    default: Any = None  # a JSON value; None with optional means null
    ref: str = ""  # ref: the domain referred to; the field's name ends in _id
    # Set once the project is known: the referred domain's id type, table and class.
    id_type: str = "int"
    ref_table: str = ""
    ref_cls: str = ""
    kind: str = ""  # a plugin's type (PLUGIN_TYPES) the str field is

    @property
    def spec(self) -> FieldType:
        return TYPES[self.type]

    @property
    def pattern(self) -> str:
        """A plugin type's pattern; empty for fastkit's own types."""
        return PLUGIN_TYPES[self.kind].pattern if self.kind else ""

    @property
    def invalid(self) -> Any:
        """A JSON value the API refuses with 422."""
        return PLUGIN_TYPES[self.kind].invalid if self.kind else self.spec.invalid

    @property
    def has_default(self) -> bool:
        return self.default is not None

    @property
    def filterable(self) -> bool:
        """Unique and indexed fields filter the list endpoint (an index serves them)."""
        return (self.unique or self.indexed) and self.type not in {"json", "text", "float"}

    @property
    def is_ref(self) -> bool:
        return self.type == "ref"

    @property
    def samples(self) -> tuple[Any, Any]:
        """Two distinct values the field takes, within its length."""
        if self.type == "enum":
            return self.choices[0], self.choices[-1]
        if self.kind:
            return PLUGIN_TYPES[self.kind].samples
        if self.type == "str" and self.length is not None:
            first, second = self.spec.samples
            return first[: self.length], second[: self.length]
        return self.spec.samples

    @property
    def row_bytes(self) -> int:
        """What a value takes of a MySQL row at most: MySQL and MariaDB refuse a
        table whose row could pass 65,535 bytes (a character of a VARCHAR counts 4
        in utf8mb4; TEXT and JSON count their pointer)."""
        if self.length is not None:  # str, email and enum are VARCHARs
            return 4 * self.length + 2
        return {"uuid": 4 * 32, "text": 12, "json": 12, "datetime": 8, "float": 8}.get(self.type, 8)

    @property
    def column(self) -> str:
        return self.spec.column.format(length=self.length)

    @property
    def python(self) -> str:
        if self.type == "enum":
            # Double quotes, as ruff formats strings.
            return "Literal[" + ", ".join(json.dumps(c) for c in self.choices) + "]"
        return self.spec.python.format(id_type=self.id_type)


def parse_field(text: str) -> Field:
    """One --field, or a one-line error that shows the syntax."""
    match = _FIELD.match(text.strip())
    if not match:
        raise InvalidAnswer(
            f"--field {text!r} is not NAME:TYPE[(ARG)][?][:unique][:indexed][=DEFAULT] "
            f"(types: {type_names()})"
        )
    name, type_name, arg = match["name"], match["type"], match["arg"]
    where = f"--field {text!r}"
    if not _IDENTIFIER.match(name) or keyword.iskeyword(name) or len(name) > MAX_NAME_LENGTH:
        raise InvalidAnswer(
            f"{where}: {name!r} is not a field name (lower case letters, digits and _, "
            f"starting with a letter, at most {MAX_NAME_LENGTH}; not a Python keyword)"
        )
    if name in SHADOWING or name.startswith(("model_", "_")):
        raise InvalidAnswer(
            f"{where}: {name!r} would shadow a method of the model or document; choose another name"
        )
    if name in RESERVED:
        raise InvalidAnswer(
            f"{where}: {name!r} is reserved (the generated code sets or uses it); "
            f"reserved: {', '.join(sorted(RESERVED))}"
        )
    kind = ""
    if type_name in PLUGIN_TYPES:  # text with a plugin's pattern, stored as str(N)
        if arg is not None:
            raise InvalidAnswer(f"{where}: {type_name} takes no argument")
        kind, type_name, arg = type_name, "str", str(PLUGIN_TYPES[type_name].length)
    if type_name not in TYPES:
        raise InvalidAnswer(f"{where}: unknown type {type_name!r}; types: {type_names()}")
    mods = [m for m in (match["mods"] or "").split(":") if m]
    unknown = [m for m in mods if m not in MODIFIERS]
    if unknown:
        raise InvalidAnswer(
            f"{where}: unknown modifier {unknown[0]!r}; modifiers: ?, {', '.join(MODIFIERS)}, "
            "=DEFAULT"
        )
    ref = ""
    if type_name == "ref":
        if not arg or not _IDENTIFIER.match(arg):
            raise InvalidAnswer(f"{where}: ref needs the domain it refers to, as ref(customer)")
        if match["default"] is not None:
            raise InvalidAnswer(f"{where}: a ref takes no default")
        ref, arg = arg, None
        name = name if name.endswith("_id") else f"{name}_id"
    field = Field(
        name=name,
        type=type_name,
        ref=ref,
        optional=bool(match["optional"]),
        unique="unique" in mods,
        indexed="indexed" in mods or bool(ref),  # lists filter by their references
        length=_length(where, type_name, arg),
        choices=_choices(where, type_name, arg),
        kind=kind,
    )
    if field.unique and field.type in {"json", "text", "bool"}:
        raise InvalidAnswer(f"{where}: a {field.type} field cannot be unique")
    if field.indexed and field.type in {"json", "text"}:
        raise InvalidAnswer(
            f"{where}: a {field.type} field cannot be indexed (PostgreSQL has no index "
            "for json, MySQL none for text without a prefix): use str(N) for an indexed text"
        )
    if match["default"] is not None:
        field = Field(**{**field.__dict__, "default": _default(where, field, match["default"])})
    return field


def _length(where: str, type_name: str, arg: str | None) -> int | None:
    if type_name == "email":
        return 320
    if type_name == "enum":
        return 50
    if type_name != "str":
        if arg is not None:
            raise InvalidAnswer(f"{where}: only str(N) and enum(a|b) take an argument")
        return None
    if arg is None:
        return DEFAULT_STR_LENGTH
    if not arg.isdigit() or not 1 <= int(arg) <= MAX_STR_LENGTH:
        raise InvalidAnswer(
            f"{where}: str(N) needs a length from 1 to {MAX_STR_LENGTH} (longer: use text)"
        )
    return int(arg)


def _choices(where: str, type_name: str, arg: str | None) -> tuple[str, ...]:
    if type_name != "enum":
        return ()
    choices = tuple(c.strip() for c in (arg or "").split("|") if c.strip())
    if len(choices) < 2 or len({c.lower() for c in choices}) != len(choices):
        raise InvalidAnswer(
            f"{where}: enum needs two or more values that differ in more than case "
            "(MySQL and MariaDB compare text without it), as enum(a|b|c)"
        )
    bad = [c for c in choices if not _ENUM_VALUE.match(c)]
    if bad:
        raise InvalidAnswer(
            f"{where}: enum value {bad[0]!r} is not 1-50 letters, digits, '_' or '-'"
        )
    return choices


def _default(where: str, field: Field, text: str) -> Any:
    """The default as the JSON value the API would accept."""
    value: Any
    if field.type == "bool":
        if text.lower() not in {"true", "false"}:
            raise InvalidAnswer(f"{where}: a bool default is true or false")
        value = text.lower() == "true"
    elif field.type == "int":
        try:
            value = int(text)
        except ValueError:
            raise InvalidAnswer(f"{where}: {text!r} is not an int") from None
        if not -(2**31) <= value < 2**31:
            raise InvalidAnswer(f"{where}: an int default fits 32 bits")
    elif field.type in {"float", "decimal"}:
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidAnswer(f"{where}: {text!r} is not a number") from None
        if not number.is_finite() or abs(number) >= 10**10:
            raise InvalidAnswer(f"{where}: the default must be a finite number below 1e10")
        value = float(text) if field.type == "float" else str(number.quantize(Decimal("0.01")))
    elif field.type in {"str", "text"}:
        if (field.length and len(text) > field.length) or "\x00" in text:
            raise InvalidAnswer(f"{where}: the default is longer than the field allows")
        if field.pattern and not re.search(field.pattern, text):
            raise InvalidAnswer(f"{where}: the default is not a {field.kind}")
        value = text
    elif field.type == "enum":
        if text not in field.choices:
            raise InvalidAnswer(f"{where}: the default must be one of {', '.join(field.choices)}")
        value = text
    else:
        raise InvalidAnswer(
            f"{where}: a {field.type} field takes no default (defaults: str, text, int, "
            "float, decimal, bool, enum)"
        )
    return value
