{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/user_sessions.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Users' server-side sessions: how they are stored and looked up."""

from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId

from app.domains.auth.models import User


class UserSession(Document):
    # SHA-256 of the cookie's token: the collection alone cannot sign anyone in.
    token_digest: Annotated[str, Indexed(unique=True)]
    user_id: PydanticObjectId
    csrf_token: str
    expires_at: datetime
    # Sessions unused this long end before expires_at (idle timeout).
    last_seen_at: datetime

    class Settings:
        name = "user_sessions"


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
