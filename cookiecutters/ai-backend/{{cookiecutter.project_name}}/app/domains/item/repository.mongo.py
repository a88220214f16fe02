{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where items are stored: the only module of the domain that knows the database."""

from typing import Any

from beanie import Document

from app.db.mongo import DOCUMENT_MODELS
from app.domains.item.exceptions import ItemInUse
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
        # MongoDB keeps no foreign keys: look for documents that still name this one.
        for model in DOCUMENT_MODELS:
            references: dict[str, type[Document]] = getattr(model, "REFERENCES", {})
            for field, target in references.items():
                if target is Item and await model.find({field: item.id}).count():
                    raise ItemInUse(item.id)
        await item.delete()
