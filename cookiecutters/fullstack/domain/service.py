"""The {{ d.titles }} use cases; storage stays behind {{ d.cls }}Repository."""

{{ imports }}
{% if unique %}

# A second {{ d.title }} with the same value in one of these is a conflict (409).
UNIQUE_FIELDS = ({% for field in unique %}"{{ field.name }}", {% endfor %})
{% endif %}
{% if refs and sql %}
# Each reference and the model it names: a stored reference must name a record.
REFERENCES: dict[str, type[Base]] = {
{% for field in refs %}
    "{{ field.name }}": {{ field.ref_cls }},
{% endfor %}
}
{% elif refs %}
# Each reference and the document it names: a stored reference must name a record.
REFERENCES = {{ d.cls }}.REFERENCES
{% endif %}


class {{ d.cls }}Service:
    def __init__(self, repository: {{ d.cls }}Repository) -> None:
        self.repository = repository

    async def list_{{ d.plural }}(
        self, params: PageParams{% if filterable %}, filters: {{ d.cls }}Filter{% endif %}

    ) -> Page[{{ d.cls }}Public]:
        {{ d.plural }}, total = await self.repository.page(
            params.limit, params.offset, {{ "filters.model_dump(exclude_none=True)" if filterable else "{}" }}
        )
        return Page[{{ d.cls }}Public](
            items=[{{ d.cls }}Public.model_validate(row) for row in {{ d.plural }}],
            total=total,
            limit=params.limit,
            offset=params.offset,
        )

    async def get_{{ d.name }}(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }}:
        {{ d.name }} = await self.repository.get({{ d.name }}_id)
        if {{ d.name }} is None:
            raise {{ d.cls }}NotFound({{ d.name }}_id)
        return {{ d.name }}

    async def read_{{ d.name }}(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }}Public:
        return {{ d.cls }}Public.model_validate(await self.get_{{ d.name }}({{ d.name }}_id))

    async def create_{{ d.name }}(self, data: {{ d.cls }}Create{{ ", owner: User" if owned }}) -> {{ d.cls }}:
        values = data.model_dump()
{% if unique or refs %}
        await self.check(values{{ ", owner.id" if owned and refs }})
{% endif %}
        return await self.repository.add({{ d.cls }}({{ "id=0, " if store == "memory" }}**values{% if owned %}, owner_id=owner.id{% endif %}))

    async def update_{{ d.name }}(self, {{ d.name }}: {{ d.cls }}, data: {{ d.cls }}Update) -> {{ d.cls }}:
        changes = data.model_dump(exclude_unset=True)
{% if unique or refs %}
        await self.check(changes, {{ d.name ~ ".owner_id, " if owned and refs }}{{ d.name }})
{% endif %}
        for field, value in changes.items():
            setattr({{ d.name }}, field, value)
        return await self.repository.save({{ d.name }})

    async def delete_{{ d.name }}(self, {{ d.name }}: {{ d.cls }}) -> None:
        await self.repository.delete({{ d.name }})
{% if unique or refs %}
{% include "service.checks.py" %}
{% endif %}
{% if cached %}
{% include "service.cache.py" %}
{% endif %}
{# Generated from cookiecutters/_shared/domain/service.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
