{#- Generated from cookiecutters/_shared/project/app/domains/items/router.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- set item = 'OwnedItem' if c.__auth else 'ValidItem' -%}
{%- if c.__auth -%}
"""The items API: create, list (paginated), read, update, delete.

Reading is public; creating needs a signed-in user, who then owns the item; only
the owner may change or delete it (403 for anyone else).
"""
{%- else -%}
"""The items API: create, list (paginated), read, update, delete."""
{%- endif %}

from fastapi import APIRouter

from app.api.pagination import Page, PageParamsDep
from app.core.errors import error_responses
{%- if c.__auth %}
from app.domains.auth.dependencies import CurrentUser
{%- endif %}
from app.domains.items.dependencies import ItemIdPath, ItemServiceDep, {{ item }}
from app.domains.items.schemas import ItemCreate, ItemPublic, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])
{%- if c.__auth %}
# Signed-in operations: 401 without a user, 403 when not allowed{% if c.__session %} or without the CSRF token{% endif %}.
SIGNED_IN = error_responses(401, 403)
{%- endif %}


@router.get("")
async def list_items(
    params: PageParamsDep, service: ItemServiceDep
) -> Page[ItemPublic]:
    return await service.list_items(params)


@router.post("", status_code=201{% if c.__auth %}, responses=SIGNED_IN{% endif %})
{%- if c.__auth %}
async def create_item(
    data: ItemCreate, user: CurrentUser, service: ItemServiceDep
) -> ItemPublic:
    return ItemPublic.model_validate(await service.create_item(data, user))
{%- else %}
async def create_item(data: ItemCreate, service: ItemServiceDep) -> ItemPublic:
    return ItemPublic.model_validate(await service.create_item(data))
{%- endif %}


@router.get("/{item_id}", responses=error_responses(404))
async def read_item(item_id: ItemIdPath, service: ItemServiceDep) -> ItemPublic:
    return await service.read_item(item_id)


@router.patch("/{item_id}", responses={% if c.__auth %}{**SIGNED_IN, **error_responses(404)}{% else %}error_responses(404){% endif %})
async def update_item(
    item: {{ item }}, data: ItemUpdate, service: ItemServiceDep
) -> ItemPublic:
    return ItemPublic.model_validate(await service.update_item(item, data))


@router.delete(
    "/{item_id}",
    status_code=204,
    responses={% if c.__auth %}{**SIGNED_IN, **error_responses(404)}{% else %}error_responses(404){% endif %},
)
async def delete_item(item: {{ item }}, service: ItemServiceDep) -> None:
    await service.delete_item(item)
