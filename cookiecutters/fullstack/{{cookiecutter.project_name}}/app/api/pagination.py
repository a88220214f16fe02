{#- Generated from cookiecutters/_shared/project/app/api/pagination.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Offset pagination shared by every list endpoint."""

from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

T = TypeVar("T")
MAX_OFFSET = 2**31 - 1


class PageParams(BaseModel):
    limit: int
    offset: int


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


async def page_params(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    # Bounded: databases refuse offsets past their integer range.
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageParamsDep = Annotated[PageParams, Depends(page_params)]
