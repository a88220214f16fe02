{#- Generated from cookiecutters/_shared/project/app/domains/items/models.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The Item stored by the example domain."""

from sqlalchemy import {% if c.__auth %}ForeignKey, {% endif %}String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

ItemId = int


class Item(Base):
    __tablename__ = "items"
    # SQLite: never hand out a deleted row's id again.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(1000))
{%- if c.__auth %}
    # Who may change or delete the item: set from the signed-in user, never the body.
    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
{%- endif %}
