{#- Generated from cookiecutters/_shared/project/app/domains/items/repository.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Where items are stored: the only module of the domain that knows the database."""

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
