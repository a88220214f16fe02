{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/repository.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Where users are stored (each credential's module stores its own)."""

from pymongo.errors import DuplicateKeyError

from app.domains.auth.exceptions import EmailTaken
from app.domains.auth.models import User, UserId


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
        """Store a new user; EmailTaken when another request registered it first."""
        try:
            await user.insert()
        except DuplicateKeyError as error:
            raise EmailTaken() from error
        return user

    async def save(self, user: User) -> User:
        await user.save()
        return user

    async def release_connection(self) -> None:
        """Nothing to release: the client's pool lends a connection per operation."""
