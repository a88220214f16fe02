{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The Item stored by the items domain."""

from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId

ItemId = PydanticObjectId


class Item(Document):
    name: Annotated[str, Indexed()]
    description: str | None = None

    class Settings:
        name = "items"
