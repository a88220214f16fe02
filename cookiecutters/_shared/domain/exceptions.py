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
{% if unique %}


class {{ d.cls }}Conflict(ConflictError):
    def __init__(self, field: str) -> None:
        super().__init__(f"Another {{ d.title }} has this {field}")
{% endif %}
