{#- Generated from cookiecutters/_shared/project/app/domains/items/service.cached.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The items use cases; storage stays behind ItemRepository, reads go through the cache."""

from app.api.pagination import Page, PageParams
from app.core.cache import Cache
{%- if c.__auth %}
from app.domains.auth.models import User
{%- endif %}
from app.domains.items.exceptions import ItemNotFound
from app.domains.items.models import Item, ItemId
from app.domains.items.repository import ItemRepository
from app.domains.items.schemas import ItemCreate, ItemPublic, ItemUpdate


def cache_key(item_id: object) -> str:
    """Where the public view of an item is cached."""
    return f"items:{item_id}"


class ItemService:
    def __init__(
        self, repository: ItemRepository, cache: Cache, cache_ttl_seconds: int
    ) -> None:
        self.repository = repository
        self.cache = cache
        self.cache_ttl_seconds = cache_ttl_seconds

    async def list_items(self, params: PageParams) -> Page[ItemPublic]:
        items, total = await self.repository.page(params.limit, params.offset)
        return Page[ItemPublic](
            items=[ItemPublic.model_validate(item) for item in items],
            total=total,
            limit=params.limit,
            offset=params.offset,
        )

    async def get_item(self, item_id: ItemId) -> Item:
        item = await self.repository.get(item_id)
        if item is None:
            raise ItemNotFound(item_id)
        return item

    async def read_item(self, item_id: ItemId) -> ItemPublic:
        """The public view of an item, from the cache when it is there."""
        cached = await self.cache.get(cache_key(item_id))
        if cached is not None:
            return ItemPublic.model_validate_json(cached)
        item = ItemPublic.model_validate(await self.get_item(item_id))
        await self.cache.set(
            cache_key(item_id), item.model_dump_json(), self.cache_ttl_seconds
        )
        return item
{%- if c.__auth %}

    async def create_item(self, data: ItemCreate, owner: User) -> Item:
        return await self.repository.add(Item(**data.model_dump(), owner_id=owner.id))
{%- else %}

    async def create_item(self, data: ItemCreate) -> Item:
{%- if c.__memory %}
        return await self.repository.add(Item(id=0, **data.model_dump()))
{%- else %}
        return await self.repository.add(Item(**data.model_dump()))
{%- endif %}
{%- endif %}

    async def update_item(self, item: Item, data: ItemUpdate) -> Item:
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(item, field, value)
        saved = await self.repository.save(item)
        await self.cache.delete(cache_key(saved.id))
        return saved

    async def delete_item(self, item: Item) -> None:
        item_id = item.id
        await self.repository.delete(item)
        await self.cache.delete(cache_key(item_id))
