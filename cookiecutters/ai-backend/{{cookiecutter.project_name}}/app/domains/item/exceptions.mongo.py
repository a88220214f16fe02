{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Errors of the items domain, rendered by app.core.errors."""

from app.core.errors import ConflictError, NotFoundError


class ItemNotFound(NotFoundError):
    def __init__(self, item_id: object) -> None:
        super().__init__(f"Item {item_id} not found")


class ItemInUse(ConflictError):
    def __init__(self, item_id: object) -> None:
        super().__init__(f"Item {item_id} is still referred to by other records")
