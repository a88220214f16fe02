{%- set c = cookiecutter -%}
"""Users{% if c.__session %} and their server-side sessions{% else %} and the refresh tokens they were given{% endif %}."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
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
    # Sessions unused this long end before expires_at (idle timeout).
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
{%- else %}


class RefreshToken(Base):
    """One refresh token handed out; those issued from one login share a family."""

    __tablename__ = "refresh_tokens"

    # The token's `jti` claim: random, so the table alone cannot sign anyone in.
    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    family: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    # Set when the token is exchanged: using it a second time revokes the family.
    used: Mapped[bool] = mapped_column(default=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
{%- endif %}
