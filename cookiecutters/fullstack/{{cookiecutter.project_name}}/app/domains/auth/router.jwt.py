{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/router.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The auth API: register, login, refresh, logout, password change, and /users/me."""

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm

from app.core.errors import error_responses
from app.domains.auth.dependencies import AuthServiceDep, CurrentUser
from app.domains.auth.schemas import (
    PASSWORD_CHANGE_RULES,
    REGISTRATION_RULES,
    PasswordChange,
    RefreshRequest,
    TokenPair,
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
    form: Annotated[OAuth2PasswordRequestForm, Depends()], service: AuthServiceDep
) -> TokenPair:
    """OAuth2 password flow: the form's `username` is the email."""
    user = await service.authenticate(form.username, form.password)
    return await service.issue_tokens(user)


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
) -> None:
    """Change the password; every refresh token is revoked."""
    await service.change_password(user, data)


@router.post("/auth/refresh", tags=["auth"])
async def refresh(data: RefreshRequest, service: AuthServiceDep) -> TokenPair:
    """A new token pair for a refresh token, which is then spent."""
    return await service.refresh(data.refresh_token)


@router.post("/auth/logout", status_code=204, tags=["auth"])
async def logout(data: RefreshRequest, service: AuthServiceDep) -> None:
    """Revoke the refresh token and every token refreshed from the same sign-in."""
    await service.logout(data.refresh_token)


@router.get("/users/me", tags=["users"])
async def read_current_user(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)
