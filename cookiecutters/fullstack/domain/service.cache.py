

def cache_key({{ d.name }}_id: object) -> str:
    """Where the cache keeps the public view of one {{ d.title }}."""
    return f"{{ d.plural }}:{ {{- d.name }}_id}"


class Cached{{ d.cls }}Service({{ d.cls }}Service):
    """Reads go through the cache; a change or a deletion drops the cached copy."""

    def __init__(
        self, repository: {{ d.cls }}Repository, cache: Cache, cache_ttl_seconds: int
    ) -> None:
        super().__init__(repository)
        self.cache = cache
        self.cache_ttl_seconds = cache_ttl_seconds

    async def read_{{ d.name }}(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }}Public:
        cached = await self.cache.get(cache_key({{ d.name }}_id))
        if cached is not None:
            return {{ d.cls }}Public.model_validate_json(cached)
        {{ d.name }} = await super().read_{{ d.name }}({{ d.name }}_id)
        ttl = self.cache_ttl_seconds
        await self.cache.set(cache_key({{ d.name }}_id), {{ d.name }}.model_dump_json(), ttl)
        return {{ d.name }}

    async def update_{{ d.name }}(self, {{ d.name }}: {{ d.cls }}, data: {{ d.cls }}Update) -> {{ d.cls }}:
        updated = await super().update_{{ d.name }}({{ d.name }}, data)
        await self.cache.delete(cache_key(updated.id))
        return updated

    async def delete_{{ d.name }}(self, {{ d.name }}: {{ d.cls }}) -> None:
        {{ d.name }}_id = {{ d.name }}.id  # read first: a deleted row may not give it
        await super().delete_{{ d.name }}({{ d.name }})
        await self.cache.delete(cache_key({{ d.name }}_id))
{# Generated from cookiecutters/_shared/domain/service.cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
