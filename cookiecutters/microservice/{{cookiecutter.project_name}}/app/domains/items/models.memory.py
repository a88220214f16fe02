{#- Generated from cookiecutters/_shared/project/app/domains/items/models.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The Item stored by the example domain."""

from dataclasses import dataclass

ItemId = int


@dataclass
class Item:
    id: int
    name: str
    description: str | None = None
