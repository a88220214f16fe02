"""What the {{ d.titles }} API accepts and returns: one schema per role."""

{{ imports }}
{% if text_fields %}

# Some databases refuse the NUL character in text: refuse it at the door.
NO_NUL = r"^[^\x00]*$"
{% endif %}
{% if "email" in types %}
# One @ with something on each side and a dot in the domain; no spaces, no NUL.
EMAIL = r"^[^@\s\x00]+@[^@\s\x00]+\.[^@\s\x00]+$"
{% endif %}
{% if "date" in types or "datetime" in types %}
# The earliest date every supported database stores (MySQL's DATE and DATETIME).
EARLIEST_DATE = dt.date(1000, 1, 1)
{% endif %}
{% if "datetime" in types %}


def to_stored_utc(value: dt.datetime) -> dt.datetime:
    """Aware in, naive UTC stored: every database then keeps the same instant."""
    # The first and last days are left out: an offset could move them out of range.
    if not EARLIEST_DATE < value.date() < dt.date.max:
        raise ValueError(f"must fall between {EARLIEST_DATE} and {dt.date.max}")
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def as_utc(value: dt.datetime) -> dt.datetime:
    """What the database gives back (naive UTC) as an aware UTC time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


DatetimeIn = Annotated[AwareDatetime, AfterValidator(to_stored_utc)]
DatetimeOut = Annotated[dt.datetime, AfterValidator(as_utc)]
{% endif %}


class {{ d.cls }}Create(BaseModel):
{% for field in fields %}
{{ code.create_field(field) }}
{% endfor %}


class {{ d.cls }}Update(BaseModel):
    # Omitted means unchanged (defaults are not validated); null is refused for the
    # fields that always have a value, and the OpenAPI document does not offer it.
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

{% for field in filterable %}
    {{ field.name }}: {{ code.input_type(field) }} | None = None
{% endfor %}
{% endif %}


class {{ d.cls }}Public(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: {{ d.cls }}Id
{% for field in fields %}
    {{ field.name }}: {{ code.output_type(field) }}
{% endfor %}
