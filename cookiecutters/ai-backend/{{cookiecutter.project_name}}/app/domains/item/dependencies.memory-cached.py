{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Dependencies of the items routes; `valid_item_id` turns a path id into the Item it names.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

from typing import Annotated

from fastapi import Depends, Path, Request

from app.core.cache import CacheDep
from app.core.config import SettingsDep
from app.domains.item.models import Item, ItemId
from app.domains.item.repository import ItemRepository
from app.domains.item.service import CachedItemService, ItemService

# Ids are counted from 1; one past what a 32-bit id holds names no item: 422.
MAX_ID = 2**31 - 1


async def get_item_service(
    request: Request, cache: CacheDep, settings: SettingsDep
) -> ItemService:
    repository = ItemRepository(request.app.state.item_store)
    return CachedItemService(repository, cache, settings.cache_ttl_seconds)


ItemServiceDep = Annotated[ItemService, Depends(get_item_service)]
ItemIdPath = Annotated[ItemId, Path(ge=1, le=MAX_ID)]


async def valid_item_id(item_id: ItemIdPath, service: ItemServiceDep) -> Item:
    """The item named in the path, or a 404 in the common error shape."""
    return await service.get_item(item_id)


ValidItem = Annotated[Item, Depends(valid_item_id)]
