{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/router.session.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The auth API: register, login and logout with a session cookie, password change, and /users/me."""

from fastapi import APIRouter, Response

from app.core.config import SettingsDep
from app.core.errors import error_responses
from app.domains.auth.dependencies import (
    SESSION_COOKIE,
    AuthServiceDep,
    CurrentSession,
    CurrentUser,
)
from app.domains.auth.schemas import (
    PASSWORD_CHANGE_RULES,
    REGISTRATION_RULES,
    LoginRequest,
    PasswordChange,
    SessionStarted,
    UserCreate,
    UserPublic,
)

# Besides success, each auth operation may answer these, in the common shape.
router = APIRouter(responses=error_responses(401, 403, 409, 429))


@router.post(
    "/auth/register", status_code=201, tags=["auth"], openapi_extra=REGISTRATION_RULES
)
async def register(data: UserCreate, service: AuthServiceDep) -> UserPublic:
    return UserPublic.model_validate(await service.register(data))


@router.post("/auth/login", tags=["auth"])
async def login(
    data: LoginRequest,
    response: Response,
    service: AuthServiceDep,
    settings: SettingsDep,
) -> SessionStarted:
    """Start a session: an httponly cookie, plus the CSRF token to echo."""
    user = await service.authenticate(data.email, data.password)
    token, user_session = await service.start_session(user)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.session_minutes * 60,
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
    )
    return SessionStarted(
        csrf_token=user_session.csrf_token, user=UserPublic.model_validate(user)
    )


@router.post("/auth/logout", status_code=204, tags=["auth"])
async def logout(
    current: CurrentSession, response: Response, service: AuthServiceDep
) -> None:
    _, user_session = current
    await service.end_session(user_session)
    response.delete_cookie(SESSION_COOKIE)


@router.post(
    "/auth/password",
    status_code=204,
    tags=["auth"],
    openapi_extra=PASSWORD_CHANGE_RULES,
)
async def change_password(
    data: PasswordChange,
    user: CurrentUser,
    service: AuthServiceDep,
    response: Response,
) -> None:
    """Change the password; every session ends, this one too."""
    await service.change_password(user, data)
    response.delete_cookie(SESSION_COOKIE)


@router.get("/users/me", tags=["users"])
async def read_current_user(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)
