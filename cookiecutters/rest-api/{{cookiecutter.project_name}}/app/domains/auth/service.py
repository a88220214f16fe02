{%- set c = cookiecutter -%}
"""Authentication use cases{% if c.__oauth2 %}, and the login flow with the OAuth2 provider{% endif %}."""
{%- if c.auth == 'jwt' %}

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any
{% if c.__mongo %}
from bson.errors import InvalidId
{% endif %}
from app.core.config import Settings
from app.core.rate_limit import RateLimiter
from app.core.security import (
    decode_token,
    encode_token,
    new_token_id,
    password_hasher,
)
{%- if c.__sql %}
from app.db.base import MAX_ROW_ID
{%- endif %}
from app.domains.auth.exceptions import (
    EmailTaken,
    InvalidCredentials,
    NotAuthenticated,
    TooManyAttempts,
    WrongPassword,
)
from app.domains.auth.models import RefreshToken, User, UserId
from app.domains.auth.repository import RefreshTokenRepository, UserRepository
from app.domains.auth.schemas import PasswordChange, TokenPair, UserCreate
{%- elif c.auth == 'oauth2' %}

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
from app.core.security import decode_token, encode_token, new_token_id
{%- if c.__sql %}
from app.db.base import MAX_ROW_ID
{%- endif %}
from app.domains.auth.exceptions import (
    EmailTaken,
    NotAuthenticated,
    ProviderLoginFailed,
)
from app.domains.auth.models import RefreshToken, User, UserId
from app.domains.auth.repository import RefreshTokenRepository, UserRepository
from app.domains.auth.schemas import ProviderUser, TokenPair

# How long a browser may take at the provider before the login is abandoned.
LOGIN_STATE_LIFETIME = timedelta(minutes=10)
{%- elif c.auth == 'session' %}

import hashlib
from datetime import UTC, datetime, timedelta

from app.core.config import Settings
from app.core.rate_limit import RateLimiter
from app.core.security import (
    new_secret_token,
    password_hasher,
    token_digest,
)
from app.domains.auth.exceptions import (
    EmailTaken,
    InvalidCredentials,
    NotAuthenticated,
    TooManyAttempts,
    WrongPassword,
)
from app.domains.auth.models import User, UserSession
from app.domains.auth.repository import SessionRepository, UserRepository
from app.domains.auth.schemas import PasswordChange, UserCreate

# How stale a session's last_seen_at may get before a request records it again.
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)
{%- endif %}


{%- if c.__tokens %}


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
{%- endif %}


{%- if c.__session %}


def as_utc(moment: datetime) -> datetime:
    """SQLite and MongoDB give back naive datetimes; every one stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
{%- endif %}


def canonical_email(email: str) -> str:
    """How emails are stored and compared: Alice@Example.com is alice@example.com."""
    return email.strip().lower()


{%- if c.__passwords %}


class SignInLimits:
    """Brute-force limits: attempts per client address, failed logins per account."""

    def __init__(self, limiter: RateLimiter, client: str, settings: Settings) -> None:
        self.limiter = limiter
        self.client_key = f"sign-in:client:{client}"
        self.settings = settings

    async def attempt(self, email: str | None = None) -> None:
        """Count an attempt from this client: 429 when the client, or the account
        it signs in to, has used up its attempts in this window."""
        checks = [(self.client_key, self.settings.login_attempts_per_client)]
        if email is not None:
            checks.append((account_key(email), self.settings.failed_logins_per_account))
        for key, limit in checks:
            if wait := await self.limiter.retry_after(key, limit):
                raise TooManyAttempts(wait)
        await self.limiter.hit(self.client_key, self.settings.login_window_seconds)

    async def failed(self, email: str) -> None:
        await self.limiter.hit(account_key(email), self.settings.login_window_seconds)


def account_key(email: str) -> str:
    """Keyed by digest: the limiter's store holds no email addresses."""
    return "sign-in:account:" + hashlib.sha256(email.encode()).hexdigest()[:32]
{%- endif %}


class AuthService:
    def __init__(
        self,
        users: UserRepository,
{%- if c.__session %}
        sessions: SessionRepository,
{%- else %}
        refresh_tokens: RefreshTokenRepository,
{%- endif %}
        settings: Settings,
{%- if c.__passwords %}
        limits: SignInLimits,
{%- endif %}
    ) -> None:
        self.users = users
{%- if c.__session %}
        self.sessions = sessions
{%- else %}
        self.refresh_tokens = refresh_tokens
{%- endif %}
        self.settings = settings
{%- if c.__passwords %}
        self.limits = limits
        self.passwords = password_hasher(settings)

    async def register(self, data: UserCreate) -> User:
        await self.limits.attempt()
        email = canonical_email(data.email)
        if await self.users.get_by_email(email) is not None:
            raise EmailTaken()
        user = User(
            email=email,
            hashed_password=await self.passwords.hash(data.password),
            is_active=True,
        )
        return await self.users.add(user)

    async def authenticate(self, email: str, password: str) -> User:
        email = canonical_email(email)
        await self.limits.attempt(email)
        if "\x00" in email:  # no account has one, and some databases refuse it
            raise InvalidCredentials()
        user = await self.users.get_by_email(email)
        if user is None:
            await self.passwords.spend_check_time(password)
        else:
            matches = await self.passwords.verify(password, user.hashed_password)
            if matches and user.is_active:
                return user
        await self.limits.failed(email)
        raise InvalidCredentials()

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password and sign the user out everywhere{% if c.__tokens %} (access tokens
        already handed out still work until they expire, minutes later){% endif %}."""
        current = change.current_password
        if not await self.passwords.verify(current, user.hashed_password):
            raise WrongPassword()
        user.hashed_password = await self.passwords.hash(change.new_password)
        await self.users.save(user)
{%- if c.__session %}
        await self.sessions.delete_of_user(user)
{%- else %}
        await self.refresh_tokens.revoke_user(user)
{%- endif %}
{%- endif %}
{%- if c.__oauth2 %}

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
{%- endif %}
{%- if c.__tokens %}

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
{%- endif %}
{%- if c.__session %}

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
        self, code: str | None, state: str | None, state_cookie: str | None
    ) -> ProviderUser:
        """The provider's user, after checking the state and redeeming the code."""
        if not state_cookie:
            raise ProviderLoginFailed("no login is in progress")
        if not code or not state:
            raise ProviderLoginFailed("the callback carries no code and state")
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
            profile = ProviderUser.model_validate(response.json())
        except (OAuthError, httpx.HTTPError, ValidationError, ValueError) as error:
            raise ProviderLoginFailed("the provider refused the code") from error
        if not profile.email_verified:  # else anyone could claim someone's address
            raise ProviderLoginFailed("the provider has not verified the email")
        return profile
{%- endif %}
