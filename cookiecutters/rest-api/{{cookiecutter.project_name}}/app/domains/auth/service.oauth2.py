{%- set c = cookiecutter -%}
"""Authentication use cases, and the login flow with the OAuth2 provider."""

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
{%- if c.__mongo %}
from bson.errors import InvalidId
{%- endif %}
from pydantic import ValidationError

from app.core.config import Settings
from app.core.jwt_tokens import decode_token, encode_token, new_token_id
{%- if c.__sql %}
from app.db.base import MAX_ROW_ID
{%- endif %}
from app.domains.auth.exceptions import (
    EmailTaken,
    NotAuthenticated,
    ProviderLoginFailed,
)
from app.domains.auth.models import User, UserId
from app.domains.auth.refresh_tokens import RefreshToken, RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import ProviderUser, TokenPair

# How long a browser may take at the provider before the login is abandoned.
LOGIN_STATE_LIFETIME = timedelta(minutes=10)


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
    ) -> None:
        self.users = users
        self.refresh_tokens = refresh_tokens
        self.settings = settings

    async def sign_in_from_provider(self, profile: ProviderUser) -> User:
        """The user the provider vouched for, created on first login."""
        email = canonical_email(profile.email)
        user = await self.users.get_by_subject(profile.sub)
        if user is not None and user.email == email:
            return user
        owner = await self.users.get_by_email(email)
        if owner is not None:  # another provider account already uses this email
            raise EmailTaken()
        if user is None:
            new_user = User(email=email, subject=profile.sub, is_active=True)
            return await self.users.add(new_user)
        user.email = email  # the user changed it at the provider
        return await self.users.save(user)

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


@dataclass(frozen=True)
class AuthorizationRequest:
    url: str
    # The state and PKCE verifier, signed, kept by the browser in a cookie.
    state_cookie: str


class ProviderLogin:
    """Authorization code flow with PKCE (S256) against the configured provider."""

    def __init__(self, client: AsyncOAuth2Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings

    def start(self) -> AuthorizationRequest:
        verifier = generate_token(48)
        url, state = self.client.create_authorization_url(
            self.settings.oauth_authorize_url, code_verifier=verifier
        )
        claims = {"state": state, "verifier": verifier}
        cookie = encode_token(
            claims, "oauth_state", LOGIN_STATE_LIFETIME, self.settings.secret_key
        )
        return AuthorizationRequest(url=url, state_cookie=cookie)

    async def finish(
        self, code: str | None, state: str | None, state_cookie: str | None
    ) -> ProviderUser:
        """The provider's user, after checking the state and redeeming the code."""
        if not state_cookie:
            raise ProviderLoginFailed("no login is in progress")
        if not code or not state:
            raise ProviderLoginFailed("the callback carries no code and state")
        claims = decode_token(state_cookie, "oauth_state", self.settings.secret_key)
        # As bytes: compare_digest refuses str with characters beyond ASCII (a 500).
        expected = str(claims.get("state", "")).encode()
        if not secrets.compare_digest(expected, state.encode()):
            raise ProviderLoginFailed("state does not match")
        try:
            await self.client.fetch_token(
                self.settings.oauth_token_url,
                code=code,
                code_verifier=claims["verifier"],
            )
            response = await self.client.get(self.settings.oauth_userinfo_url)
            response.raise_for_status()
            profile = ProviderUser.model_validate(response.json())
        except (OAuthError, httpx.HTTPError, ValidationError, ValueError) as error:
            raise ProviderLoginFailed("the provider refused the code") from error
        if not profile.email_verified:  # else anyone could claim someone's address
            raise ProviderLoginFailed("the provider has not verified the email")
        return profile
