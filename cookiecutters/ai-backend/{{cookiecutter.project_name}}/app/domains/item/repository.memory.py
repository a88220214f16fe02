{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where items are stored: the only module of the domain that knows the storage."""

from itertools import count
from typing import Any

from app.domains.item.models import Item, ItemId


class ItemStore:
    """Item records kept in process memory: the project has no database."""

    def __init__(self) -> None:
        self.rows: dict[ItemId, Item] = {}
        self.ids = count(1)


class ItemRepository:
    def __init__(self, store: ItemStore) -> None:
        self.store = store

    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[Item], int]:
        # A dict keeps insertion order: the rows come in id order.
        rows = [
            row
            for row in self.store.rows.values()
            if all(getattr(row, field) == value for field, value in filters.items())
        ]
        return rows[offset : offset + limit], len(rows)

    async def get(self, item_id: ItemId) -> Item | None:
        return self.store.rows.get(item_id)

    async def add(self, item: Item) -> Item:
        item.id = next(self.store.ids)
        self.store.rows[item.id] = item
        return item

    async def save(self, item: Item) -> Item:
        self.store.rows[item.id] = item
        return item

    async def delete(self, item: Item) -> None:
        self.store.rows.pop(item.id, None)
