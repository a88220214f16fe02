{%- set c = cookiecutter -%}
"""The Item stored by the example domain."""

from dataclasses import dataclass

ItemId = int


@dataclass
class Item:
    id: int
    name: str
    description: str | None = None
