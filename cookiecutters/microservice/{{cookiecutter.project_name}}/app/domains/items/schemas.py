{#- Generated from cookiecutters/_shared/project/app/domains/items/schemas.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""What the items API accepts and returns: one schema per role."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.domains.items.models import ItemId

# Some databases refuse the NUL character in text: refuse it at the door.
NO_NUL = r"^[^\x00]*$"
ItemName = Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)]


class ItemCreate(BaseModel):
    name: ItemName
    description: str | None = Field(default=None, max_length=1000, pattern=NO_NUL)


class ItemUpdate(BaseModel):
    # Omitted means unchanged (defaults are not validated); null is refused for the
    # name, since an item always has one, and the OpenAPI document does not offer it.
    name: ItemName | SkipJsonSchema[None] = None
    description: str | None = Field(default=None, max_length=1000, pattern=NO_NUL)

    @field_validator("name")
    @classmethod
    def name_is_not_null(cls, name: str | None) -> str:
        if name is None:
            raise ValueError("name cannot be null")
        return name


class ItemPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: ItemId
    name: str
    description: str | None
