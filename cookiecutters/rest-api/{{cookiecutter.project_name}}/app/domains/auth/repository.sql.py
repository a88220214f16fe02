{%- set c = cookiecutter -%}
"""Where users and their {% if c.__session %}sessions{% else %}refresh tokens{% endif %} are stored: the only auth module that knows the database."""

from datetime import datetime

from sqlalchemy import delete, {% if c.__session %}or_, {% endif %}select{% if c.__tokens %}, update{% endif %}
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domains.auth.exceptions import EmailTaken
from app.domains.auth.models import {% if c.__tokens %}RefreshToken, {% endif %}User, UserId{% if c.__session %}, UserSession{% endif %}


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: UserId) -> User | None:
        return await self.session.get(User, user_id)

    async def get_by_email(self, email: str) -> User | None:
        return await self.session.scalar(select(User).where(User.email == email))
{%- if c.__oauth2 %}

    async def get_by_subject(self, subject: str) -> User | None:
        return await self.session.scalar(select(User).where(User.subject == subject))
{%- endif %}

    async def add(self, user: User) -> User:
        """Store a new user; EmailTaken when another request registered it first."""
        self.session.add(user)
        try:
            await self.session.flush()
        except IntegrityError as error:
            raise EmailTaken() from error
        return user

    async def save(self, user: User) -> User:
        await self.session.flush()
        return user

    async def release_connection(self) -> None:
        """End the request's transaction so far and give its connection back to the
        pool while a password is hashed (tens of milliseconds of CPU): a flood of
        sign-ins must not hold every connection. The next query takes one again."""
        await self.session.commit()
{%- if c.__session %}


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
{%- else %}


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
{%- endif %}
