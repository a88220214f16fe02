{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/repository.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Where users are stored (each credential's module stores its own)."""

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domains.auth.exceptions import EmailTaken
from app.domains.auth.models import User, UserId


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
