{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The items use cases; storage stays behind ItemRepository."""

from app.api.pagination import Page, PageParams
from app.domains.item.exceptions import ItemNotFound
from app.domains.item.models import Item, ItemId
from app.domains.item.repository import ItemRepository
from app.domains.item.schemas import ItemCreate, ItemFilter, ItemPublic, ItemUpdate


class ItemService:
    def __init__(self, repository: ItemRepository) -> None:
        self.repository = repository

    async def list_items(
        self, params: PageParams, filters: ItemFilter
    ) -> Page[ItemPublic]:
        items, total = await self.repository.page(
            params.limit, params.offset, filters.model_dump(exclude_none=True)
        )
        return Page[ItemPublic](
            items=[ItemPublic.model_validate(row) for row in items],
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
        return ItemPublic.model_validate(await self.get_item(item_id))

    async def create_item(self, data: ItemCreate) -> Item:
        values = data.model_dump()
        return await self.repository.add(Item(**values))

    async def update_item(self, item: Item, data: ItemUpdate) -> Item:
        changes = data.model_dump(exclude_unset=True)
        for field, value in changes.items():
            setattr(item, field, value)
        return await self.repository.save(item)

    async def delete_item(self, item: Item) -> None:
        await self.repository.delete(item)
