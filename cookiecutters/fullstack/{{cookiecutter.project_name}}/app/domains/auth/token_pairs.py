{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/token_pairs.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Token pairs: what a user signed in with tokens holds, a short-lived access token
and a single-use refresh token, and how they are issued, refreshed and revoked. The
AuthService of each auth that hands out tokens (jwt, oauth2) mixes this in."""

from datetime import UTC, datetime, timedelta
from typing import Any
{% if c.__mongo %}
from bson.errors import InvalidId
{% endif %}
from app.core.config import Settings
from app.core.jwt_tokens import decode_token, encode_token, new_token_id
{%- if c.__sql %}
from app.db.base import MAX_ROW_ID
{%- endif %}
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User, UserId
from app.domains.auth.refresh_tokens import RefreshToken, RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import TokenPair


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


class TokenPairs:
    # Set by the AuthService that mixes this in.
    users: UserRepository
    refresh_tokens: RefreshTokenRepository
    settings: Settings

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
