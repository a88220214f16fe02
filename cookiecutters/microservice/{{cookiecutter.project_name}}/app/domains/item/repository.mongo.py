{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where items are stored: the only module of the domain that knows the database."""

from typing import Any

from app.domains.item.models import Item, ItemId


class ItemRepository:
    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[Item], int]:
        total = await Item.find(filters).count()
        query = Item.find(filters).sort("_id").skip(offset).limit(limit)
        return await query.to_list(), total

    async def get(self, item_id: ItemId) -> Item | None:
        return await Item.get(item_id)

    async def find(self, field: str, value: Any) -> Item | None:
        """One item whose field holds value, if any."""
        return await Item.find_one({field: value})

    async def add(self, item: Item) -> Item:
        await item.insert()
        return item

    async def save(self, item: Item) -> Item:
        await item.save()
        return item

    async def delete(self, item: Item) -> None:
        await item.delete()
