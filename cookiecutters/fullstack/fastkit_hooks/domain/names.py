# Generated from hooks/fastkit_hooks/domain/names.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""A domain's names in every place they appear.

`order_item` -> class OrderItem, table and module folder order_items/order_item,
URL /api/v1/order-items (hyphens: the usual REST spelling), tag order-items.
Which names are allowed, and plurals, are the CLI's (fastkit.domains.names).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DomainNames:
    name: str  # order_item: the module folder, variables
    plural: str  # order_items: the table, the collection, list functions

    @property
    def cls(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))

    @property
    def url(self) -> str:
        return self.plural.replace("_", "-")

    @property
    def title(self) -> str:
        return self.name.replace("_", " ")

    @property
    def titles(self) -> str:
        return self.plural.replace("_", " ")
