"""What the {{ d.titles }} API accepts and returns: one schema per role."""

{{ imports }}
{% if text_fields %}

# Some databases refuse the NUL character in text: refuse it at the door.
NO_NUL = r"^[^\x00]*$"
{% endif %}
{% if "email" in types %}
# One @ with something on each side and a dot in the domain; no spaces or control
# characters (spelled out: `\s` means different things to different regex engines).
EMAIL = r"^[^@\x00-\x20]+@[^@\x00-\x20]+\.[^@\x00-\x20]+$"
{% endif %}
{% if "date" in types or "datetime" in types %}
# Dates as text, years 1000 (the earliest MySQL stores) to 9999. Times leave out the
# first and last days, which an offset could move out of that range.
DATE_TEXT = r"^[1-9]\d{3}-\d{2}-\d{2}$"
DATETIME_TEXT = r"^(?!1000-01-01|9999-12-31)[1-9]\d{3}-\d{2}-\d{2}[Tt]"


def text_matching(pattern: str, what: str) -> BeforeValidator:
    """Accept text that matches `pattern`, as the document says, and nothing else: a
    number would pass as seconds since 1970, a date out of range fail in the database."""

    def check(value: object) -> object:
        if not isinstance(value, str) or not re.search(pattern, value):
            raise ValueError(f"must be {what}")
        return value

    return BeforeValidator(check)
{% endif %}
{% if "decimal" in types %}

# An amount as the document says: text, up to 10 digits before the point and 2
# after ("9.99", "-120"): a JSON number could already have lost its cents.
DECIMAL_TEXT = r"^-?\d{1,10}(\.\d{1,2})?$"


def decimal_text(value: object) -> object:
    if not isinstance(value, str) or not re.search(DECIMAL_TEXT, value):
        raise ValueError("must be text of up to 10 digits, a point and 2 more")
    return value


DecimalIn = Annotated[
    Decimal,
    BeforeValidator(decimal_text),
    WithJsonSchema({"type": "string", "pattern": DECIMAL_TEXT}),
]
{% endif %}
{% if "json" in types %}

# A JSON object every database stores as it came: nested at most 32 levels (MongoDB
# refuses documents past 100), whole numbers that fit in 64 bits, signed (MongoDB
# refuses larger ones, MySQL keeps them as floats), keys without the NUL character
# (MongoDB refuses them). The router lists these rules in the OpenAPI document.
INT64 = 2**63
MAX_DEPTH = 32


def storable(value: dict[str, JsonValue]) -> dict[str, JsonValue]:
    pending: list[tuple[JsonValue, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ValueError(f"must nest at most {MAX_DEPTH} levels")
        if isinstance(item, dict):
            if any("\x00" in key for key in item):
                raise ValueError("keys must not hold the NUL character")
            pending.extend((inner, depth + 1) for inner in item.values())
        elif isinstance(item, list):
            pending.extend((inner, depth + 1) for inner in item)
        elif isinstance(item, int) and not -INT64 <= item < INT64:
            raise ValueError("whole numbers must be from -2**63 to 2**63 - 1")
    return value


JsonIn = Annotated[dict[str, JsonValue], AfterValidator(storable)]
{% endif %}
{% if numbers %}


def number_only(value: object) -> object:
    """A JSON number: not text, not true or false (which Python counts as 1 and 0)."""
    if isinstance(value, str | bool):
        raise ValueError("must be a number")
    return value
{% endif %}
{% if "date" in types %}

DateIn = Annotated[
    dt.date,
    text_matching(DATE_TEXT, "a date as YYYY-MM-DD, from year 1000"),
    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_TEXT}),
]
{% endif %}
{% if "datetime" in types %}


def to_stored_utc(value: dt.datetime) -> dt.datetime:
    """Aware in, naive UTC stored: every database then keeps the same instant."""
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def as_utc(value: dt.datetime) -> dt.datetime:
    """What the database gives back (naive UTC) as an aware UTC time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


DatetimeIn = Annotated[
    AwareDatetime,
    text_matching(DATETIME_TEXT, "a date and time with its offset, from year 1000"),
    AfterValidator(to_stored_utc),
    WithJsonSchema({"type": "string", "format": "date-time", "pattern": DATETIME_TEXT}),
]
DatetimeOut = Annotated[dt.datetime, AfterValidator(as_utc)]
{% endif %}


class {{ d.cls }}Create(BaseModel):
    # Patterns apply as the OpenAPI document's readers apply them (Python's re).
    model_config = ConfigDict(regex_engine="python-re")

{% for field in fields %}
{{ code.create_field(field) }}
{% endfor %}


class {{ d.cls }}Update(BaseModel):
    # Omitted means unchanged (defaults are not validated); null is refused for the
    # fields that always have a value, and the OpenAPI document does not offer it.
    model_config = ConfigDict(regex_engine="python-re")

{% for field in fields %}
{{ code.update_field(field) }}
{% endfor %}
{% if required %}

{{ code.call(4, "@field_validator(", code.quoted(required)) }}
    @classmethod
    def not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("cannot be null")
        return value
{% endif %}
{% if filterable %}


class {{ d.cls }}Filter(BaseModel):
    """The list's query filters: each one given must match exactly."""

    model_config = ConfigDict(regex_engine="python-re")

{% for field in filterable %}
{{ code.filter_field(field) }}
{% endfor %}
{% endif %}


class {{ d.cls }}Public(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: {{ d.cls }}Id
{% for field in fields %}
    {{ field.name }}: {{ code.output_type(field) }}
{% endfor %}
{% for name, annotation in public_extras.items() %}
    {{ name }}: {{ annotation }}
{% endfor %}
{# Generated from cookiecutters/_shared/domain/schemas.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
