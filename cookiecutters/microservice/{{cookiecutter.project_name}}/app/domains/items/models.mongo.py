{#- Generated from cookiecutters/_shared/project/app/domains/items/models.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The Item stored by the example domain."""

from beanie import Document, PydanticObjectId

ItemId = PydanticObjectId


class Item(Document):
    name: str
    description: str | None = None
{%- if c.__auth %}
    # Who may change or delete the item: set from the signed-in user, never the body.
    owner_id: PydanticObjectId
{%- endif %}

    class Settings:
        name = "items"
