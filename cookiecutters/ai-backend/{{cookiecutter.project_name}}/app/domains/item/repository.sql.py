{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where items are stored: the only module of the domain that knows the database."""

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domains.item.exceptions import ItemInUse
from app.domains.item.models import Item, ItemId


class ItemRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[Item], int]:
        query = select(Item).filter_by(**filters).order_by(Item.id)
        rows = list(await self.session.scalars(query.limit(limit).offset(offset)))
        if len(rows) < limit and (rows or offset == 0):
            return rows, offset + len(rows)  # the last page: no need to count
        total = await self.session.scalar(
            select(func.count()).select_from(Item).filter_by(**filters)
        )
        return rows, total or 0

    async def get(self, item_id: ItemId) -> Item | None:
        return await self.session.get(Item, item_id)

    async def find(self, field: str, value: Any) -> Item | None:
        """One item whose field holds value, if any."""
        query = select(Item).filter_by(**{field: value}).limit(1)
        return await self.session.scalar(query)

    async def add(self, item: Item) -> Item:
        self.session.add(item)
        await self.session.flush()
        return item

    async def save(self, item: Item) -> Item:
        await self.session.flush()
        return item

    async def delete(self, item: Item) -> None:
        # Read now: after a failed flush the session can load nothing more.
        item_id = item.id
        await self.session.delete(item)
        try:
            await self.session.flush()
        except IntegrityError as error:  # another table's row still refers to it
            raise ItemInUse(item_id) from error
