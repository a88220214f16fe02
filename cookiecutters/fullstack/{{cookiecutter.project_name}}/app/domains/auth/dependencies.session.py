{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/dependencies.session.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Dependencies of the auth routes, and `get_current_user` for every protected route."""

import secrets
from typing import Annotated

from fastapi import Depends, Request

from app.core.config import SettingsDep
from app.core.rate_limit import SignInLimitsDep
{%- if c.__sql %}
from app.db.session import SessionDep
{%- endif %}
from app.domains.auth.exceptions import CsrfFailed, NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import UserRepository
from app.domains.auth.service import AuthService
from app.domains.auth.user_sessions import SessionRepository, UserSession

SESSION_COOKIE = "session_id"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
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
        SessionRepository({{ store }}),
        settings,
        limits,
    )


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


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
        # As bytes: compare_digest refuses str with characters beyond ASCII (a 500).
        if not secrets.compare_digest(sent.encode(), user_session.csrf_token.encode()):
            raise CsrfFailed()
    return user, user_session


CurrentSession = Annotated[tuple[User, UserSession], Depends(get_current_session)]


async def get_current_user(current: CurrentSession) -> User:
    user, _ = current
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
