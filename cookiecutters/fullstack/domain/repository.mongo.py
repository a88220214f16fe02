"""Where {{ d.titles }} are stored: the only module of the domain that knows the database."""

{{ imports }}


class {{ d.cls }}Repository:
    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[{{ d.cls }}], int]:
        query = {{ d.cls }}.find(filters).sort("_id").skip(offset).limit(limit)
        # The page and the count at once: one round trip's wait instead of two.
        items, total = await asyncio.gather(
            query.to_list(),
            {{ d.cls }}.find(filters).count(),
        )
        return items, total

    async def get(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }} | None:
        return await {{ d.cls }}.get({{ d.name }}_id)

    async def find(self, field: str, value: Any) -> {{ d.cls }} | None:
        """One {{ d.title }} whose field holds value, if any."""
        return await {{ d.cls }}.find_one({field: value})

{% if conflicts %}
    # The service checked first, but a request at the same time can take a unique
    # value before this one is written: the index refuses it.
    async def add(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        try:
            await {{ d.name }}.insert()
        except DuplicateKeyError as error:
            raise {{ d.cls }}SaveConflict() from error
        return {{ d.name }}

    async def save(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        try:
            await {{ d.name }}.save()
        except DuplicateKeyError as error:
            raise {{ d.cls }}SaveConflict() from error
        return {{ d.name }}
{% else %}
    async def add(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        await {{ d.name }}.insert()
        return {{ d.name }}

    async def save(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        await {{ d.name }}.save()
        return {{ d.name }}
{% endif %}

    async def delete(self, {{ d.name }}: {{ d.cls }}) -> None:
        # MongoDB keeps no foreign keys: look for documents that still name this one.
        for model in DOCUMENT_MODELS:
            references: dict[str, type[Document]] = getattr(model, "REFERENCES", {})
            for field, target in references.items():
                if target is {{ d.cls }} and await model.find({field: {{ d.name }}.id}).count():
                    raise {{ d.cls }}InUse({{ d.name }}.id)
        await {{ d.name }}.delete()
{% if refs %}

{% if owned %}
    async def refers_to(
        self, model: type[Document], document_id: Any, owner_id: object
    ) -> bool:
        """Whether a document of model has this id and this owner: a reference to it
        may be stored."""
        document = await model.get(document_id)
        return document is not None and getattr(document, "owner_id", None) == owner_id
{% else %}
    async def refers_to(self, model: type[Document], document_id: Any) -> bool:
        """Whether a document of model has this id: a reference to it may be stored."""
        return await model.get(document_id) is not None
{% endif %}
{% endif %}
{# Generated from cookiecutters/_shared/domain/repository.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
