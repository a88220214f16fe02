{#- Generated from cookiecutters/_shared/project/app/domains/items/repository.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Where items are stored: the only module of the domain that knows the database."""

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
