{%- set c = cookiecutter -%}
"""Users{% if c.__session %} and their server-side sessions{% endif %}."""
{%- if c.__sql %}
{%- if c.__session %}

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
{%- else %}

from sqlalchemy import String
{%- endif %}
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

UserId = int


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
{%- if c.__passwords %}
    hashed_password: Mapped[str] = mapped_column(String(255))
{%- endif %}
{%- if c.__oauth2 %}
    # The provider's stable id for the user (the OpenID Connect `sub` claim).
    subject: Mapped[str] = mapped_column(String(255), unique=True)
{%- endif %}
    is_active: Mapped[bool] = mapped_column(default=True)
{%- if c.__session %}


class UserSession(Base):
    __tablename__ = "user_sessions"

    # SHA-256 of the cookie's token: the table alone cannot sign anyone in.
    token_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    csrf_token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
{%- endif %}
{%- else %}
{% if c.__session %}
from datetime import datetime
{%- endif %}
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId

UserId = PydanticObjectId


class User(Document):
    email: Annotated[str, Indexed(unique=True)]
{%- if c.__passwords %}
    hashed_password: str
{%- endif %}
{%- if c.__oauth2 %}
    # The provider's stable id for the user (the OpenID Connect `sub` claim).
    subject: Annotated[str, Indexed(unique=True)]
{%- endif %}
    is_active: bool = True

    class Settings:
        name = "users"
{%- if c.__session %}


class UserSession(Document):
    # SHA-256 of the cookie's token: the collection alone cannot sign anyone in.
    token_digest: Annotated[str, Indexed(unique=True)]
    user_id: PydanticObjectId
    csrf_token: str
    expires_at: datetime

    class Settings:
        name = "user_sessions"
{%- endif %}
{%- endif %}
