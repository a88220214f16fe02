{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/user_sessions.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Users' server-side sessions: how they are stored and looked up."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.domains.auth.models import User


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


class SessionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, token_digest: str) -> UserSession | None:
        return await self.session.get(UserSession, token_digest)

    async def add(self, user_session: UserSession) -> None:
        self.session.add(user_session)
        await self.session.flush()

    async def delete(self, user_session: UserSession) -> None:
        await self.session.delete(user_session)
        await self.session.flush()

    async def touch(self, user_session: UserSession, now: datetime) -> None:
        user_session.last_seen_at = now
        await self.session.flush()

    async def of_user(self, user: User) -> list[UserSession]:
        """The user's sessions, most recently used first."""
        users_sessions = select(UserSession).where(UserSession.user_id == user.id)
        newest_first = users_sessions.order_by(UserSession.last_seen_at.desc())
        return list(await self.session.scalars(newest_first))

    async def delete_of_user(self, user: User) -> None:
        users_sessions = delete(UserSession).where(UserSession.user_id == user.id)
        await self.session.execute(users_sessions)

    async def purge(self, now: datetime, unused_since: datetime) -> None:
        """Delete every session that has expired or sat unused since `unused_since`."""
        expired = UserSession.expires_at <= now
        idle = UserSession.last_seen_at <= unused_since
        await self.session.execute(delete(UserSession).where(or_(expired, idle)))
