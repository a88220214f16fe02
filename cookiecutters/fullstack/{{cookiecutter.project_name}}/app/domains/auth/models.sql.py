{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/models.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The users who sign in: one record each, whatever the credential."""

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base

UserId = int


class User(Base):
    __tablename__ = "users"
    # SQLite: never give a deleted user's id (and old credentials) to a new one.
    __table_args__ = ({"sqlite_autoincrement": True},)

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
