"""Where {{ d.titles }} are stored: the only module of the domain that knows the storage."""

{{ imports }}


class {{ d.cls }}Store:
    """{{ d.cls }} records kept in process memory: the project has no database."""

    def __init__(self) -> None:
        self.rows: dict[{{ d.cls }}Id, {{ d.cls }}] = {}
        self.ids = count(1)


class {{ d.cls }}Repository:
    def __init__(self, store: {{ d.cls }}Store) -> None:
        self.store = store

    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[{{ d.cls }}], int]:
        # A dict keeps insertion order: the rows come in id order.
        rows = [
            row
            for row in self.store.rows.values()
            if all(getattr(row, field) == value for field, value in filters.items())
        ]
        return rows[offset : offset + limit], len(rows)

    async def get(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }} | None:
        return self.store.rows.get({{ d.name }}_id)
{% if unique %}

    async def find(self, field: str, value: Any) -> {{ d.cls }} | None:
        """One {{ d.title }} whose field holds value, if any."""
        rows = self.store.rows.values()
        return next((row for row in rows if getattr(row, field) == value), None)
{% endif %}

    async def add(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        {{ d.name }}.id = next(self.store.ids)
        self.store.rows[{{ d.name }}.id] = {{ d.name }}
        return {{ d.name }}

    async def save(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        self.store.rows[{{ d.name }}.id] = {{ d.name }}
        return {{ d.name }}

    async def delete(self, {{ d.name }}: {{ d.cls }}) -> None:
        self.store.rows.pop({{ d.name }}.id, None)
{# Generated from cookiecutters/_shared/domain/repository.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
