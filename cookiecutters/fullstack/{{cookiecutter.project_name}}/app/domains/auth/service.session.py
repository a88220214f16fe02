{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/service.session.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Authentication use cases."""

from datetime import UTC, datetime, timedelta

from app.core.config import Settings
from app.core.rate_limit import SignInLimits
from app.core.session_tokens import new_secret_token, token_digest
from app.domains.auth.accounts import PasswordAccounts
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import PasswordChange
from app.domains.auth.user_sessions import SessionRepository, UserSession

# How stale a session's last_seen_at may get before a request records it again.
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)


def as_utc(moment: datetime) -> datetime:
    """SQLite and MongoDB give back naive datetimes; every one stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AuthService(PasswordAccounts):
    """Password accounts signed in with a server-side session."""

    def __init__(
        self,
        users: UserRepository,
        sessions: SessionRepository,
        settings: Settings,
        limits: SignInLimits,
    ) -> None:
        super().__init__(users, settings, limits)
        self.sessions = sessions

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password and sign the user out everywhere."""
        await super().change_password(user, change)
        await self.sessions.delete_of_user(user)

    async def start_session(self, user: User) -> tuple[str, UserSession]:
        """A new session: its token goes in the cookie, only its digest is stored.
        Expired and idle sessions are deleted, and the user's least recently used
        ones beyond `max_sessions_per_user`."""
        now = datetime.now(UTC)
        await self.sessions.purge(now, unused_since=now - self.idle_timeout)
        kept = self.settings.max_sessions_per_user - 1
        for oldest in (await self.sessions.of_user(user))[kept:]:
            await self.sessions.delete(oldest)
        token = new_secret_token()
        lifetime = timedelta(minutes=self.settings.session_minutes)
        user_session = UserSession(
            token_digest=token_digest(token),
            user_id=user.id,
            csrf_token=new_secret_token(),
            expires_at=now + lifetime,
            last_seen_at=now,
        )
        await self.sessions.add(user_session)
        return token, user_session

    @property
    def idle_timeout(self) -> timedelta:
        return timedelta(minutes=self.settings.session_idle_minutes)

    async def resolve_session(self, token: str) -> tuple[User, UserSession]:
        user_session = await self.sessions.get(token_digest(token))
        if user_session is None:
            raise NotAuthenticated("Session is not valid")
        now = datetime.now(UTC)
        if as_utc(user_session.expires_at) <= now:
            raise NotAuthenticated("Session has expired")
        last_seen_at = as_utc(user_session.last_seen_at)
        if last_seen_at + self.idle_timeout <= now:
            raise NotAuthenticated("Session has expired")
        if now - last_seen_at > SESSION_TOUCH_INTERVAL:  # not a write per request
            await self.sessions.touch(user_session, now)
        user = await self.users.get(user_session.user_id)
        if user is None or not user.is_active:
            raise NotAuthenticated("User is unknown or inactive")
        return user, user_session

    async def end_session(self, user_session: UserSession) -> None:
        await self.sessions.delete(user_session)
