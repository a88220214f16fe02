{%- set c = cookiecutter -%}
"""Dependencies of the auth routes, and `get_current_user` for every protected route."""

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
from app.domains.auth.refresh_tokens import RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.service import AuthService, ProviderLogin

# auto_error=False: a missing token gets the common error shape, not FastAPI's.
bearer_token = HTTPBearer(auto_error=False)
{%- set store = 'session' if c.__sql else '' %}


async def get_auth_service(
{%- if c.__sql %}
    session: SessionDep,
{%- endif %}
    settings: SettingsDep,
) -> AuthService:
    return AuthService(
        UserRepository({{ store }}),
        RefreshTokenRepository({{ store }}),
        settings,
    )


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


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
        token_endpoint_auth_method=settings.oauth_token_auth_method,
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


CurrentUser = Annotated[User, Depends(get_current_user)]
