{%- set c = cookiecutter -%}
"""Where users and their {% if c.__session %}sessions{% else %}refresh tokens{% endif %} are stored: the only auth module that knows the database."""

from datetime import datetime

from pymongo.errors import DuplicateKeyError

from app.domains.auth.exceptions import EmailTaken
from app.domains.auth.models import {% if c.__tokens %}RefreshToken, {% endif %}User, UserId{% if c.__session %}, UserSession{% endif %}


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
{%- if c.__session %}


class SessionRepository:
    async def get(self, token_digest: str) -> UserSession | None:
        return await UserSession.find_one(UserSession.token_digest == token_digest)

    async def add(self, user_session: UserSession) -> None:
        await user_session.insert()

    async def delete(self, user_session: UserSession) -> None:
        await user_session.delete()

    async def touch(self, user_session: UserSession, now: datetime) -> None:
        user_session.last_seen_at = now
        await user_session.save()

    async def of_user(self, user: User) -> list[UserSession]:
        """The user's sessions, most recently used first."""
        found = UserSession.find(UserSession.user_id == user.id).sort("-last_seen_at")
        return await found.to_list()

    async def delete_of_user(self, user: User) -> None:
        await UserSession.find(UserSession.user_id == user.id).delete()

    async def purge(self, now: datetime, unused_since: datetime) -> None:
        """Delete every session that has expired or sat unused since `unused_since`."""
        expired = {"expires_at": {"$lte": now}}
        idle = {"last_seen_at": {"$lte": unused_since}}
        await UserSession.find({"$or": [expired, idle]}).delete()
{%- else %}


class RefreshTokenRepository:
    async def add(self, token: RefreshToken) -> None:
        await token.insert()

    async def get(self, jti: str) -> RefreshToken | None:
        return await RefreshToken.find_one(RefreshToken.jti == jti)

    async def mark_used(self, jti: str) -> bool:
        """True for the one request that exchanges the token, False for any other."""
        result = await RefreshToken.get_motor_collection().update_one(
            {"jti": jti, "used": False}, {"$set": {"used": True}}
        )
        exchanged: bool = result.modified_count == 1
        return exchanged

    async def revoke_family(self, family: str) -> None:
        await RefreshToken.find(RefreshToken.family == family).delete()

    async def revoke_user(self, user: User) -> None:
        await RefreshToken.find(RefreshToken.user_id == user.id).delete()

    async def purge(self, now: datetime) -> None:
        await RefreshToken.find({"expires_at": {"$lte": now}}).delete()
{%- endif %}
