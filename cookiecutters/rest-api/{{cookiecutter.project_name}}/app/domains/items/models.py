{%- set c = cookiecutter -%}
"""The Item stored by the example domain."""
{%- if c.__sql %}

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

ItemId = int


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(String(1000))
{%- elif c.__mongo %}

from beanie import Document, PydanticObjectId

ItemId = PydanticObjectId


class Item(Document):
    name: str
    description: str | None = None

    class Settings:
        name = "items"
{%- else %}

from dataclasses import dataclass

ItemId = int


@dataclass
class Item:
    id: int
    name: str
    description: str | None = None
{%- endif %}
