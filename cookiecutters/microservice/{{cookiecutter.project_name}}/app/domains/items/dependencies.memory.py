{#- Generated from cookiecutters/_shared/project/app/domains/items/dependencies.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Dependencies of the items routes; `valid_item_id` turns a path id into an Item.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

from typing import Annotated

from fastapi import Depends, Request
{% if c.__cache %}
from app.core.cache import CacheDep
from app.core.config import SettingsDep
{%- endif %}
from app.domains.items.models import Item, ItemId
from app.domains.items.repository import ItemRepository
from app.domains.items.service import ItemService
{%- if c.__cache %}


async def get_item_service(
    request: Request, cache: CacheDep, settings: SettingsDep
) -> ItemService:
    repository = ItemRepository(request.app.state.item_store)
    return ItemService(repository, cache, settings.cache_ttl_seconds)
{%- else %}


async def get_item_service(request: Request) -> ItemService:
    return ItemService(ItemRepository(request.app.state.item_store))
{%- endif %}


ItemServiceDep = Annotated[ItemService, Depends(get_item_service)]
ItemIdPath = ItemId


async def valid_item_id(item_id: ItemIdPath, service: ItemServiceDep) -> Item:
    """The item named in the path, or a 404 in the common error shape."""
    return await service.get_item(item_id)


ValidItem = Annotated[Item, Depends(valid_item_id)]
