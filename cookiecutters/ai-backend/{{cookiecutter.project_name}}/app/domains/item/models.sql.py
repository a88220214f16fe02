{#- Generated from cookiecutters/_shared/domain (the example domain, fastkit.domains.example) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The Item stored by the items domain."""

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

ItemId = int


class Item(Base):
    __tablename__ = "items"
    # SQLite: never hand out a deleted row's id again.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), index=True)
    description: Mapped[str | None] = mapped_column(sa.Text())
