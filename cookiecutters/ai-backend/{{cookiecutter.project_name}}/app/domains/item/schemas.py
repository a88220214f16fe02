{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""What the items API accepts and returns: one schema per role."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.domains.item.models import ItemId

# Some databases refuse the NUL character in text: refuse it at the door.
NO_NUL = r"^[^\x00]*$"


class ItemCreate(BaseModel):
    # Patterns apply as the OpenAPI document's readers apply them (Python's re).
    model_config = ConfigDict(regex_engine="python-re")

    name: Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)]
    description: Annotated[str, Field(max_length=10000, pattern=NO_NUL)] | None = None


class ItemUpdate(BaseModel):
    # Omitted means unchanged (defaults are not validated); null is refused for the
    # fields that always have a value, and the OpenAPI document does not offer it.
    model_config = ConfigDict(regex_engine="python-re")

    name: (
        Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)]
        | SkipJsonSchema[None]
    ) = None
    description: Annotated[str, Field(max_length=10000, pattern=NO_NUL)] | None = None

    @field_validator("name")
    @classmethod
    def not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("cannot be null")
        return value


class ItemFilter(BaseModel):
    """The list's query filters: each one given must match exactly."""

    model_config = ConfigDict(regex_engine="python-re")

    name: Annotated[str, Field(min_length=1, max_length=100, pattern=NO_NUL)] | None = (
        None
    )


class ItemPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: ItemId
    name: str
    description: str | None
