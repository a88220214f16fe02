"""The auth API: register, login for an API key, logout, password change, and /users/me."""

from fastapi import APIRouter

from app.core.errors import error_responses
from app.domains.auth.dependencies import AuthServiceDep, CurrentKey, CurrentUser
from app.domains.auth.schemas import (
    PASSWORD_CHANGE_RULES,
    REGISTRATION_RULES,
    ApiKeyIssued,
    LoginRequest,
    PasswordChange,
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
async def login(data: LoginRequest, service: AuthServiceDep) -> ApiKeyIssued:
    """A new API key for this email and password; each login issues another."""
    user = await service.authenticate(data.email, data.password)
    key = await service.issue_key(user)
    return ApiKeyIssued(api_key=key, user=UserPublic.model_validate(user))


@router.post("/auth/logout", status_code=204, tags=["auth"])
async def logout(current: CurrentKey, service: AuthServiceDep) -> None:
    """Revoke the key this request was sent with."""
    _, key = current
    await service.revoke(key)


@router.post(
    "/auth/password",
    status_code=204,
    tags=["auth"],
    openapi_extra=PASSWORD_CHANGE_RULES,
)
async def change_password(
    data: PasswordChange, user: CurrentUser, service: AuthServiceDep
) -> None:
    """Change the password; every key the user holds is revoked."""
    await service.change_password(user, data)


@router.get("/users/me", tags=["users"])
async def read_current_user(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)
