{%- set c = cookiecutter -%}
"""Where users{% if c.__session %} and sessions{% endif %} are stored: the only auth module that knows the database."""
{%- if c.__sql %}

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domains.auth.models import User, UserId{% if c.__session %}, UserSession{% endif %}


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
        self.session.add(user)
        await self.session.flush()
        return user
{%- if c.__oauth2 %}

    async def save(self, user: User) -> User:
        await self.session.flush()
        return user
{%- endif %}
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
{%- endif %}
{%- else %}

from app.domains.auth.models import User, UserId{% if c.__session %}, UserSession{% endif %}


class UserRepository:
    async def get(self, user_id: UserId) -> User | None:
        return await User.get(user_id)

    async def get_by_email(self, email: str) -> User | None:
        return await User.find_one(User.email == email)
{%- if c.__oauth2 %}

    async def get_by_subject(self, subject: str) -> User | None:
        return await User.find_one(User.subject == subject)
{%- endif %}

    async def add(self, user: User) -> User:
        await user.insert()
        return user
{%- if c.__oauth2 %}

    async def save(self, user: User) -> User:
        await user.save()
        return user
{%- endif %}
{%- if c.__session %}


class SessionRepository:
    async def get(self, token_digest: str) -> UserSession | None:
        return await UserSession.find_one(UserSession.token_digest == token_digest)

    async def add(self, user_session: UserSession) -> None:
        await user_session.insert()

    async def delete(self, user_session: UserSession) -> None:
        await user_session.delete()
{%- endif %}
{%- endif %}
