{%- set c = cookiecutter -%}
"""Authentication use cases."""

from datetime import UTC, datetime, timedelta
from typing import Any
{% if c.__mongo %}
from bson.errors import InvalidId
{% endif %}
from app.core.config import Settings
from app.core.jwt_tokens import decode_token, encode_token, new_token_id
from app.core.password_hashing import password_hasher
from app.core.rate_limit import SignInLimits, account_key, user_key
{%- if c.__sql %}
from app.db.base import MAX_ROW_ID
{%- endif %}
from app.domains.auth.exceptions import (
    EmailTaken,
    InvalidCredentials,
    NotAuthenticated,
    WrongPassword,
)
from app.domains.auth.models import RefreshToken, User, UserId
from app.domains.auth.repository import RefreshTokenRepository, UserRepository
from app.domains.auth.schemas import PasswordChange, TokenPair, UserCreate


def user_id_of(claims: dict[str, Any]) -> UserId:
    """The user a token names; a missing or malformed `sub` is a bad token, not a 500."""
    try:
{%- if c.__sql %}
        user_id = UserId(claims["sub"])
        if not 1 <= user_id <= MAX_ROW_ID:
            raise ValueError(user_id)
        return user_id
    except (KeyError, TypeError, ValueError) as error:
{%- else %}
        return UserId(claims["sub"])
    except (KeyError, TypeError, ValueError, InvalidId) as error:
{%- endif %}
        raise NotAuthenticated("Token is not valid") from error


def canonical_email(email: str) -> str:
    """How emails are stored and compared: Alice@Example.com is alice@example.com."""
    return email.strip().lower()


class AuthService:
    def __init__(
        self,
        users: UserRepository,
        refresh_tokens: RefreshTokenRepository,
        settings: Settings,
        limits: SignInLimits,
    ) -> None:
        self.users = users
        self.refresh_tokens = refresh_tokens
        self.settings = settings
        self.limits = limits
        self.passwords = password_hasher(settings)

    async def register(self, data: UserCreate) -> User:
        await self.limits.attempt()
        email = canonical_email(data.email)
        # Hashed before the database is asked: no connection waits on the hashing.
        hashed_password = await self.passwords.hash(data.password)
        if await self.users.get_by_email(email) is not None:
            raise EmailTaken()
        user = User(email=email, hashed_password=hashed_password, is_active=True)
        return await self.users.add(user)

    async def authenticate(self, email: str, password: str) -> User:
        email = canonical_email(email)
        await self.limits.attempt()
        if "\x00" in email:  # no account has one, and some databases refuse it
            raise InvalidCredentials()
        account = account_key(email)
        await self.limits.password_check(account)
        user = await self.users.get_by_email(email)
        await self.users.release_connection()
        if user is None:
            await self.passwords.spend_check_time(password)
        elif await self.passwords.verify(password, user.hashed_password):
            await self.limits.password_was_right(account)
            if user.is_active:
                return user
        raise InvalidCredentials()

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password and sign the user out everywhere (access tokens
        already handed out still work until they expire, minutes later)."""
        key = user_key(user.id)
        await self.limits.password_check(key)
        await self.users.release_connection()
        current = change.current_password
        if not await self.passwords.verify(current, user.hashed_password):
            raise WrongPassword()
        await self.limits.password_was_right(key)
        user.hashed_password = await self.passwords.hash(change.new_password)
        await self.users.save(user)
        await self.refresh_tokens.revoke_user(user)

    async def issue_tokens(self, user: User, family: str | None = None) -> TokenPair:
        """A short-lived access token and a single-use refresh token; a sign-in starts
        a new family, and each refresh continues its family."""
        now = datetime.now(UTC)
        refresh_lifetime = timedelta(days=self.settings.refresh_token_days)
        if family is None:
            await self.refresh_tokens.purge(now)
        stored = RefreshToken(
            jti=new_token_id(),
            family=family or new_token_id(),
            user_id=user.id,
            expires_at=now + refresh_lifetime,
        )
        await self.refresh_tokens.add(stored)
        claims = {"sub": str(user.id)}
        refresh_claims = {**claims, "jti": stored.jti}
        secret = self.settings.secret_key
        access_lifetime = timedelta(minutes=self.settings.access_token_minutes)
        return TokenPair(
            access_token=encode_token(claims, "access", access_lifetime, secret),
            refresh_token=encode_token(
                refresh_claims, "refresh", refresh_lifetime, secret
            ),
        )

    async def user_from_token(self, token: str) -> User:
        """The user an access token was issued to."""
        claims = decode_token(token, "access", self.settings.secret_key)
        return await self.active_user(user_id_of(claims))

    async def active_user(self, user_id: UserId) -> User:
        user = await self.users.get(user_id)
        if user is None or not user.is_active:
            raise NotAuthenticated("User is unknown or inactive")
        return user

    async def stored_refresh_token(self, refresh_token: str) -> RefreshToken:
        claims = decode_token(refresh_token, "refresh", self.settings.secret_key)
        jti = claims.get("jti")
        stored = await self.refresh_tokens.get(jti) if isinstance(jti, str) else None
        if stored is None:  # revoked, or never issued by this app
            raise NotAuthenticated("Refresh token is not valid")
        return stored

    async def refresh(self, refresh_token: str) -> TokenPair:
        """Exchange a refresh token once. A second use means it was stolen (or the
        client replayed it): the whole family is revoked and both parties sign in again."""
        stored = await self.stored_refresh_token(refresh_token)
        if not await self.refresh_tokens.mark_used(stored.jti):
            await self.refresh_tokens.revoke_family(stored.family)
            raise NotAuthenticated("Refresh token was already used: sign in again")
        user = await self.active_user(stored.user_id)
        return await self.issue_tokens(user, family=stored.family)

    async def logout(self, refresh_token: str) -> None:
        """Revoke the refresh token's family: no token from this sign-in refreshes again."""
        stored = await self.stored_refresh_token(refresh_token)
        await self.refresh_tokens.revoke_family(stored.family)
