"""The API keys users sign in with: how they are made, stored and looked up.

A key is shown once, when it is issued; the table holds its HMAC under SECRET_KEY,
so the table alone can neither sign anyone in nor test a guessed key. Changing
SECRET_KEY therefore revokes every key.
"""

import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.domains.auth.models import User


def new_key() -> str:
    """256 random bits, URL-safe: nothing to guess, and safe in a header."""
    return secrets.token_urlsafe(32)


def key_digest(key: str, secret: str) -> str:
    return hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()


class ApiKey(Base):
    __tablename__ = "api_keys"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, digest: str) -> ApiKey | None:
        return await self.session.get(ApiKey, digest)

    async def add(self, key: ApiKey) -> None:
        self.session.add(key)
        await self.session.flush()

    async def delete(self, key: ApiKey) -> None:
        await self.session.delete(key)
        await self.session.flush()

    async def of_user(self, user: User) -> list[ApiKey]:
        """The user's keys, newest first."""
        users_keys = select(ApiKey).where(ApiKey.user_id == user.id)
        newest_first = users_keys.order_by(ApiKey.created_at.desc())
        return list(await self.session.scalars(newest_first))

    async def delete_of_user(self, user: User) -> None:
        await self.session.execute(delete(ApiKey).where(ApiKey.user_id == user.id))
