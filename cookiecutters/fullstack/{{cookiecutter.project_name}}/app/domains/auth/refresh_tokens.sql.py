{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/refresh_tokens.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The refresh tokens users were given: how they are stored and looked up."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, delete, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base
from app.domains.auth.models import User


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


class RefreshTokenRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, token: RefreshToken) -> None:
        self.session.add(token)
        await self.session.flush()

    async def get(self, jti: str) -> RefreshToken | None:
        return await self.session.get(RefreshToken, jti)

    async def mark_used(self, jti: str) -> bool:
        """True for the one request that exchanges the token, False for any other."""
        unused = (RefreshToken.jti == jti) & RefreshToken.used.is_(False)
        connection = await self.session.connection()
        result = await connection.execute(
            update(RefreshToken).where(unused).values(used=True)
        )
        return result.rowcount == 1

    async def revoke_family(self, family: str) -> None:
        """Delete the family and commit now: the request that found the reuse fails."""
        family_tokens = delete(RefreshToken).where(RefreshToken.family == family)
        await self.session.execute(family_tokens)
        await self.session.commit()

    async def revoke_user(self, user: User) -> None:
        users_tokens = delete(RefreshToken).where(RefreshToken.user_id == user.id)
        await self.session.execute(users_tokens)

    async def purge(self, now: datetime) -> None:
        expired = delete(RefreshToken).where(RefreshToken.expires_at <= now)
        await self.session.execute(expired)
