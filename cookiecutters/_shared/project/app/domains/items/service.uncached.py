{%- set c = cookiecutter -%}
"""The items use cases; storage stays behind ItemRepository."""

from app.api.pagination import Page, PageParams
{%- if c.__auth %}
from app.domains.auth.models import User
{%- endif %}
from app.domains.items.exceptions import ItemNotFound
from app.domains.items.models import Item, ItemId
from app.domains.items.repository import ItemRepository
from app.domains.items.schemas import ItemCreate, ItemPublic, ItemUpdate


class ItemService:
    def __init__(self, repository: ItemRepository) -> None:
        self.repository = repository

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
        return ItemPublic.model_validate(await self.get_item(item_id))
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
        return await self.repository.save(item)

    async def delete_item(self, item: Item) -> None:
        await self.repository.delete(item)
