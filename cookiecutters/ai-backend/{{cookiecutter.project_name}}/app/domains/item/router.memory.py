{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The items API: create, list (paginated, filtered), read, update, delete."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.pagination import Page, PageParamsDep
from app.core.errors import error_responses
from app.domains.item.dependencies import ItemIdPath, ItemServiceDep, ValidItem
from app.domains.item.schemas import ItemCreate, ItemFilter, ItemPublic, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])


@router.get("")
async def list_items(
    params: PageParamsDep,
    filters: Annotated[ItemFilter, Query()],
    service: ItemServiceDep,
) -> Page[ItemPublic]:
    return await service.list_items(params, filters)


@router.post("", status_code=201)
async def create_item(
    data: ItemCreate,
    service: ItemServiceDep,
) -> ItemPublic:
    created = await service.create_item(data)
    return ItemPublic.model_validate(created)


@router.get("/{item_id}", responses=error_responses(404))
async def read_item(item_id: ItemIdPath, service: ItemServiceDep) -> ItemPublic:
    return await service.read_item(item_id)


@router.patch("/{item_id}", responses=error_responses(404))
async def update_item(
    item: ValidItem,
    data: ItemUpdate,
    service: ItemServiceDep,
) -> ItemPublic:
    updated = await service.update_item(item, data)
    return ItemPublic.model_validate(updated)


@router.delete(
    "/{item_id}",
    status_code=204,
    responses=error_responses(404),
)
async def delete_item(item: ValidItem, service: ItemServiceDep) -> None:
    await service.delete_item(item)
