"""Dependencies of the auth routes, and `get_current_user` for every protected route."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import APIKeyHeader

from app.core.config import SettingsDep
from app.core.rate_limit import SignInLimitsDep
from app.db.session import SessionDep
from app.domains.auth.api_keys import ApiKey, ApiKeyRepository
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import UserRepository
from app.domains.auth.service import AuthService

API_KEY_HEADER = "X-API-Key"
# auto_error=False: a missing key gets the common error shape, not FastAPI's.
api_key_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False)


async def get_auth_service(
    session: SessionDep,
    settings: SettingsDep,
    limits: SignInLimitsDep,
) -> AuthService:
    return AuthService(
        UserRepository(session), ApiKeyRepository(session), settings, limits
    )


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]


async def get_current_key(
    key: Annotated[str | None, Depends(api_key_header)], service: AuthServiceDep
) -> tuple[User, ApiKey]:
    """The signed-in user and the key their request was sent with."""
    if not key:
        raise NotAuthenticated()
    return await service.resolve_key(key)


CurrentKey = Annotated[tuple[User, ApiKey], Depends(get_current_key)]


async def get_current_user(current: CurrentKey) -> User:
    user, _ = current
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
