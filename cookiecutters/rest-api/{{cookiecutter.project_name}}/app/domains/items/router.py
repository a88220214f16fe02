{%- set c = cookiecutter -%}
"""The items API: create, list (paginated), read, update, delete."""

from fastapi import APIRouter{% if c.__auth %}, Depends{% endif %}

from app.api.pagination import Page, PageParamsDep
{%- if c.__auth %}
from app.domains.auth.dependencies import get_current_user
{%- endif %}
from app.domains.items.dependencies import ItemServiceDep, ValidItem
from app.domains.items.models import ItemId
from app.domains.items.schemas import ItemCreate, ItemPublic, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])
{%- if c.__auth %}
# Reading is public; changing items needs a signed-in user.
SIGNED_IN = [Depends(get_current_user)]
{%- endif %}


@router.get("")
async def list_items(
    params: PageParamsDep, service: ItemServiceDep
) -> Page[ItemPublic]:
    return await service.list_items(params)


@router.post("", status_code=201{% if c.__auth %}, dependencies=SIGNED_IN{% endif %})
async def create_item(data: ItemCreate, service: ItemServiceDep) -> ItemPublic:
    return ItemPublic.model_validate(await service.create_item(data))


@router.get("/{item_id}")
async def read_item(item_id: ItemId, service: ItemServiceDep) -> ItemPublic:
    return await service.read_item(item_id)


@router.patch("/{item_id}"{% if c.__auth %}, dependencies=SIGNED_IN{% endif %})
async def update_item(
    item: ValidItem, data: ItemUpdate, service: ItemServiceDep
) -> ItemPublic:
    return ItemPublic.model_validate(await service.update_item(item, data))


@router.delete("/{item_id}", status_code=204{% if c.__auth %}, dependencies=SIGNED_IN{% endif %})
async def delete_item(item: ValidItem, service: ItemServiceDep) -> None:
    await service.delete_item(item)
