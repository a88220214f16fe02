{%- set c = cookiecutter -%}
"""Dependencies of the auth routes, and `get_current_user` for every protected route."""
{%- if c.auth == 'jwt' %}

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer

from app.core.config import SettingsDep
from app.core.rate_limit import RateLimiterDep
{%- if c.__sql %}
from app.db.session import SessionDep
{%- endif %}
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import RefreshTokenRepository, UserRepository
from app.domains.auth.service import AuthService, SignInLimits

# auto_error=False: a missing token gets the common error shape, not FastAPI's.
bearer_token = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/login", auto_error=False)
{%- elif c.auth == 'oauth2' %}

from collections.abc import AsyncIterator
from typing import Annotated, Any

from authlib.integrations.httpx_client import AsyncOAuth2Client
from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.config import Settings, SettingsDep
{%- if c.__sql %}
from app.db.session import SessionDep
{%- endif %}
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import RefreshTokenRepository, UserRepository
from app.domains.auth.service import AuthService, ProviderLogin

# auto_error=False: a missing token gets the common error shape, not FastAPI's.
bearer_token = HTTPBearer(auto_error=False)
{%- elif c.auth == 'session' %}

import secrets
from typing import Annotated

from fastapi import Depends, Request

from app.core.config import SettingsDep
from app.core.rate_limit import RateLimiterDep
{%- if c.__sql %}
from app.db.session import SessionDep
{%- endif %}
from app.domains.auth.exceptions import CsrfFailed, NotAuthenticated
from app.domains.auth.models import User, UserSession
from app.domains.auth.repository import SessionRepository, UserRepository
from app.domains.auth.service import AuthService, SignInLimits

SESSION_COOKIE = "session_id"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
{%- endif %}
{%- set store = 'session' if c.__sql else '' %}
{%- if c.__passwords %}


async def get_sign_in_limits(
    request: Request, limiter: RateLimiterDep, settings: SettingsDep
) -> SignInLimits:
    # Behind a proxy, set FORWARDED_ALLOW_IPS to its address so this is the real client.
    client = request.client.host if request.client else "unknown"
    return SignInLimits(limiter, client, settings)
{%- endif %}


async def get_auth_service(
{%- if c.__sql %}
    session: SessionDep,
{%- endif %}
    settings: SettingsDep,
{%- if c.__passwords %}
    limits: Annotated[SignInLimits, Depends(get_sign_in_limits)],
{%- endif %}
) -> AuthService:
    return AuthService(
        UserRepository({{ store }}),
{%- if c.__session %}
        SessionRepository({{ store }}),
{%- else %}
        RefreshTokenRepository({{ store }}),
{%- endif %}
        settings,
{%- if c.__passwords %}
        limits,
{%- endif %}
    )


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
{%- if c.auth == 'jwt' %}


async def get_current_user(
    token: Annotated[str | None, Depends(bearer_token)], service: AuthServiceDep
) -> User:
    if token is None:
        raise NotAuthenticated()
    return await service.user_from_token(token)
{%- elif c.auth == 'oauth2' %}


async def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_token)],
    service: AuthServiceDep,
) -> User:
    if credentials is None:
        raise NotAuthenticated()
    return await service.user_from_token(credentials.credentials)


def build_oauth_client(settings: Settings, **httpx_options: Any) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(
        client_id=settings.oauth_client_id,
        client_secret=settings.oauth_client_secret,
        scope=settings.oauth_scope,
        redirect_uri=settings.oauth_redirect_uri,
        code_challenge_method="S256",
        **httpx_options,
    )


async def get_oauth_client(settings: SettingsDep) -> AsyncIterator[AsyncOAuth2Client]:
    """The HTTP client that talks to the provider (tests swap in a fake provider)."""
    async with build_oauth_client(settings) as client:
        yield client


async def get_provider_login(
    client: Annotated[AsyncOAuth2Client, Depends(get_oauth_client)],
    settings: SettingsDep,
) -> ProviderLogin:
    return ProviderLogin(client, settings)


ProviderLoginDep = Annotated[ProviderLogin, Depends(get_provider_login)]
{%- elif c.auth == 'session' %}


async def get_current_session(
    request: Request, service: AuthServiceDep
) -> tuple[User, UserSession]:
    """The signed-in user and session; unsafe methods must echo the CSRF token."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise NotAuthenticated()
    user, user_session = await service.resolve_session(token)
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(sent, user_session.csrf_token):
            raise CsrfFailed()
    return user, user_session


CurrentSession = Annotated[tuple[User, UserSession], Depends(get_current_session)]


async def get_current_user(current: CurrentSession) -> User:
    user, _ = current
    return user
{%- endif %}


CurrentUser = Annotated[User, Depends(get_current_user)]
