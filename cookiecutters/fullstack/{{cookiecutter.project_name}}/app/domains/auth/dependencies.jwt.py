{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/dependencies.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Dependencies of the auth routes, and `get_current_user` for every protected route."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from app.core.config import SettingsDep
from app.core.rate_limit import SignInLimitsDep
{%- if c.__sql %}
from app.db.session import SessionDep
{%- endif %}
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.refresh_tokens import RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.service import AuthService

# auto_error=False: a missing token gets the common error shape, not FastAPI's.
bearer_token = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/login", auto_error=False)
{%- set store = 'session' if c.__sql else '' %}


async def get_auth_service(
{%- if c.__sql %}
    session: SessionDep,
{%- endif %}
    settings: SettingsDep,
    limits: SignInLimitsDep,
) -> AuthService:
    return AuthService(
        UserRepository({{ store }}),
        RefreshTokenRepository({{ store }}),
        settings,
        limits,
    )


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


async def get_current_user(
    token: Annotated[str | None, Depends(bearer_token)], service: AuthServiceDep
) -> User:
    if token is None:
        raise NotAuthenticated()
    return await service.user_from_token(token)


CurrentUser = Annotated[User, Depends(get_current_user)]
