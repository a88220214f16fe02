{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The Item stored by the items domain."""

from dataclasses import dataclass

ItemId = int


@dataclass
class Item:
    id: int
    name: str
    description: str | None
