{%- set c = cookiecutter -%}
"""Authentication use cases{% if c.__oauth2 %}, and the login flow with the OAuth2 provider{% endif %}."""
{%- if c.auth == 'jwt' %}

from datetime import timedelta

from app.core.config import Settings
from app.core.security import (
    decode_token,
    encode_token,
    hash_password,
    spend_password_check_time,
    verify_password,
)
from app.domains.auth.exceptions import EmailTaken, InvalidCredentials, NotAuthenticated
from app.domains.auth.models import User, UserId
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import TokenPair, UserCreate
{%- elif c.auth == 'oauth2' %}

import secrets
from dataclasses import dataclass
from datetime import timedelta

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from pydantic import ValidationError

from app.core.config import Settings
from app.core.security import decode_token, encode_token
from app.domains.auth.exceptions import (
    EmailTaken,
    NotAuthenticated,
    ProviderLoginFailed,
)
from app.domains.auth.models import User, UserId
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import ProviderUser, TokenPair

# How long a browser may take at the provider before the login is abandoned.
LOGIN_STATE_LIFETIME = timedelta(minutes=10)
{%- elif c.auth == 'session' %}

from datetime import UTC, datetime, timedelta

from app.core.config import Settings
from app.core.security import (
    hash_password,
    new_secret_token,
    spend_password_check_time,
    token_digest,
    verify_password,
)
from app.domains.auth.exceptions import EmailTaken, InvalidCredentials, NotAuthenticated
from app.domains.auth.models import User, UserSession
from app.domains.auth.repository import SessionRepository, UserRepository
from app.domains.auth.schemas import UserCreate
{%- endif %}


class AuthService:
    def __init__(
        self,
        users: UserRepository,
{%- if c.__session %}
        sessions: SessionRepository,
{%- endif %}
        settings: Settings,
    ) -> None:
        self.users = users
{%- if c.__session %}
        self.sessions = sessions
{%- endif %}
        self.settings = settings
{%- if c.__passwords %}

    async def register(self, data: UserCreate) -> User:
        if await self.users.get_by_email(data.email) is not None:
            raise EmailTaken()
        user = User(
            email=data.email,
            hashed_password=hash_password(data.password),
            is_active=True,
        )
        return await self.users.add(user)

    async def authenticate(self, email: str, password: str) -> User:
        user = await self.users.get_by_email(email)
        if user is None:
            spend_password_check_time(password)
            raise InvalidCredentials()
        if not verify_password(password, user.hashed_password) or not user.is_active:
            raise InvalidCredentials()
        return user
{%- endif %}
{%- if c.__oauth2 %}

    async def sign_in_from_provider(self, profile: ProviderUser) -> User:
        """The user the provider vouched for, created on first login."""
        user = await self.users.get_by_subject(profile.sub)
        if user is not None and user.email == profile.email:
            return user
        owner = await self.users.get_by_email(profile.email)
        if owner is not None:  # another provider account already uses this email
            raise EmailTaken()
        if user is None:
            new_user = User(email=profile.email, subject=profile.sub, is_active=True)
            return await self.users.add(new_user)
        user.email = profile.email  # the user changed it at the provider
        return await self.users.save(user)
{%- endif %}
{%- if c.__tokens %}

    def issue_tokens(self, user: User) -> TokenPair:
        claims = {"sub": str(user.id)}
        secret = self.settings.secret_key
        access_lifetime = timedelta(minutes=self.settings.access_token_minutes)
        refresh_lifetime = timedelta(days=self.settings.refresh_token_days)
        return TokenPair(
            access_token=encode_token(claims, "access", access_lifetime, secret),
            refresh_token=encode_token(claims, "refresh", refresh_lifetime, secret),
        )

    async def user_from_token(self, token: str, token_type: str) -> User:
        claims = decode_token(token, token_type, self.settings.secret_key)
        user = await self.users.get(UserId(claims["sub"]))
        if user is None or not user.is_active:
            raise NotAuthenticated("User is unknown or inactive")
        return user

    async def refresh(self, refresh_token: str) -> TokenPair:
        return self.issue_tokens(await self.user_from_token(refresh_token, "refresh"))
{%- endif %}
{%- if c.__session %}

    async def start_session(self, user: User) -> tuple[str, UserSession]:
        """A new session: its token goes in the cookie, only its digest is stored."""
        token = new_secret_token()
        lifetime = timedelta(minutes=self.settings.session_minutes)
        user_session = UserSession(
            token_digest=token_digest(token),
            user_id=user.id,
            csrf_token=new_secret_token(),
            expires_at=datetime.now(UTC) + lifetime,
        )
        await self.sessions.add(user_session)
        return token, user_session

    async def resolve_session(self, token: str) -> tuple[User, UserSession]:
        user_session = await self.sessions.get(token_digest(token))
        if user_session is None:
            raise NotAuthenticated("Session is not valid")
        expires_at = user_session.expires_at
        if expires_at.tzinfo is None:  # SQLite and MongoDB return naive UTC
            expires_at = expires_at.replace(tzinfo=UTC)
        if expires_at <= datetime.now(UTC):
            raise NotAuthenticated("Session has expired")
        user = await self.users.get(user_session.user_id)
        if user is None or not user.is_active:
            raise NotAuthenticated("User is unknown or inactive")
        return user, user_session

    async def end_session(self, user_session: UserSession) -> None:
        await self.sessions.delete(user_session)
{%- endif %}
{%- if c.__oauth2 %}


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
        self, code: str, state: str, state_cookie: str | None
    ) -> ProviderUser:
        """The provider's user, after checking the state and redeeming the code."""
        if not state_cookie:
            raise ProviderLoginFailed("no login is in progress")
        claims = decode_token(state_cookie, "oauth_state", self.settings.secret_key)
        if not secrets.compare_digest(claims["state"], state):
            raise ProviderLoginFailed("state does not match")
        try:
            await self.client.fetch_token(
                self.settings.oauth_token_url,
                code=code,
                code_verifier=claims["verifier"],
            )
            response = await self.client.get(self.settings.oauth_userinfo_url)
            response.raise_for_status()
            return ProviderUser.model_validate(response.json())
        except (OAuthError, httpx.HTTPError, ValidationError) as error:
            raise ProviderLoginFailed("the provider refused the code") from error
{%- endif %}
