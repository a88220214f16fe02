{%- set c = cookiecutter -%}
"""Where items are stored: the only module of the domain that knows the database."""
{%- if c.__sql %}

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domains.items.models import Item, ItemId


class ItemRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(self, limit: int, offset: int) -> tuple[list[Item], int]:
        total = await self.session.scalar(select(func.count()).select_from(Item))
        rows = await self.session.scalars(
            select(Item).order_by(Item.id).limit(limit).offset(offset)
        )
        return list(rows), total or 0

    async def get(self, item_id: ItemId) -> Item | None:
        return await self.session.get(Item, item_id)

    async def add(self, item: Item) -> Item:
        self.session.add(item)
        await self.session.flush()
        return item

    async def save(self, item: Item) -> Item:
        await self.session.flush()
        return item

    async def delete(self, item: Item) -> None:
        await self.session.delete(item)
        await self.session.flush()
{%- elif c.__mongo %}

from app.domains.items.models import Item, ItemId


class ItemRepository:
    async def page(self, limit: int, offset: int) -> tuple[list[Item], int]:
        total = await Item.find_all().count()
        items = await Item.find_all().sort("_id").skip(offset).limit(limit).to_list()
        return items, total

    async def get(self, item_id: ItemId) -> Item | None:
        return await Item.get(item_id)

    async def add(self, item: Item) -> Item:
        await item.insert()
        return item

    async def save(self, item: Item) -> Item:
        await item.save()
        return item

    async def delete(self, item: Item) -> None:
        await item.delete()
{%- else %}

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
{%- endif %}
