{#- Generated from cookiecutters/_shared/project/app/domains/items/router.open.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The items API: create, list (paginated), read, update, delete."""

from fastapi import APIRouter

from app.api.pagination import Page, PageParamsDep
from app.core.errors import error_responses
from app.domains.items.dependencies import ItemIdPath, ItemServiceDep, ValidItem
from app.domains.items.schemas import ItemCreate, ItemPublic, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])


@router.get("")
async def list_items(
    params: PageParamsDep, service: ItemServiceDep
) -> Page[ItemPublic]:
    return await service.list_items(params)


@router.post("", status_code=201)
async def create_item(data: ItemCreate, service: ItemServiceDep) -> ItemPublic:
    return ItemPublic.model_validate(await service.create_item(data))


@router.get("/{item_id}", responses=error_responses(404))
async def read_item(item_id: ItemIdPath, service: ItemServiceDep) -> ItemPublic:
    return await service.read_item(item_id)


@router.patch("/{item_id}", responses=error_responses(404))
async def update_item(
    item: ValidItem, data: ItemUpdate, service: ItemServiceDep
) -> ItemPublic:
    return ItemPublic.model_validate(await service.update_item(item, data))


@router.delete(
    "/{item_id}",
    status_code=204,
    responses=error_responses(404),
)
async def delete_item(item: ValidItem, service: ItemServiceDep) -> None:
    await service.delete_item(item)
