"""Errors of the {{ d.titles }} domain, rendered by app.core.errors."""

{{ imports }}


class {{ d.cls }}NotFound(NotFoundError):
    def __init__(self, {{ d.name }}_id: object) -> None:
        super().__init__(f"{{ d.cls }} { {{- d.name }}_id} not found")
{% if owned %}


class {{ d.cls }}NotYours(PermissionDeniedError):
    def __init__(self, {{ d.name }}_id: object) -> None:
        super().__init__(f"{{ d.cls }} { {{- d.name }}_id} belongs to another user")
{% endif %}
{% if store != "memory" %}


class {{ d.cls }}InUse(ConflictError):
    def __init__(self, {{ d.name }}_id: object) -> None:
        super().__init__(f"{{ d.cls }} { {{- d.name }}_id} is still referred to by other records")
{% endif %}
{% if refs %}


class {{ d.cls }}ReferenceNotFound(AppError):
    status_code = 422
    code = "unknown_reference"

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"{field} {value} names no record")
{% endif %}
{% if unique %}


class {{ d.cls }}Conflict(ConflictError):
    def __init__(self, field: str) -> None:
        super().__init__(f"Another {{ d.title }} has this {field}")
{% endif %}
{% if conflicts %}


class {{ d.cls }}SaveConflict(ConflictError):
    def __init__(self) -> None:
        super().__init__(
            "A request at the same time stored a conflicting {{ d.title }}; try again"
        )
{% endif %}
{# Generated from cookiecutters/_shared/domain/exceptions.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
