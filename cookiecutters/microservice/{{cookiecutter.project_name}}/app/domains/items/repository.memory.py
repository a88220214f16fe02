{#- Generated from cookiecutters/_shared/project/app/domains/items/repository.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Where items are stored: the only module of the domain that knows the database."""

from itertools import count

from app.domains.items.models import Item, ItemId


class ItemStore:
    """Items kept in process memory: the project has no database."""

    def __init__(self) -> None:
        self.items: dict[ItemId, Item] = {}
        self.ids = count(1)


class ItemRepository:
    def __init__(self, store: ItemStore) -> None:
        self.store = store

    async def page(self, limit: int, offset: int) -> tuple[list[Item], int]:
        ordered = sorted(self.store.items.values(), key=lambda item: item.id)
        return ordered[offset : offset + limit], len(ordered)

    async def get(self, item_id: ItemId) -> Item | None:
        return self.store.items.get(item_id)

    async def add(self, item: Item) -> Item:
        item.id = next(self.store.ids)
        self.store.items[item.id] = item
        return item

    async def save(self, item: Item) -> Item:
        self.store.items[item.id] = item
        return item

    async def delete(self, item: Item) -> None:
        self.store.items.pop(item.id, None)
