{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/router.oauth2.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The auth API: login through the provider, refresh, logout, and /users/me."""

from typing import Annotated

from fastapi import APIRouter, Cookie, Response
from fastapi.responses import RedirectResponse

from app.core.config import SettingsDep
from app.core.errors import error_responses
from app.domains.auth.dependencies import (
    AuthServiceDep,
    CurrentUser,
    ProviderLoginDep,
)
from app.domains.auth.exceptions import ProviderLoginFailed
from app.domains.auth.schemas import RefreshRequest, TokenPair, UserPublic

STATE_COOKIE = "oauth_state"
STATE_COOKIE_PATH = "/api/v1/auth"

# Besides success, each auth operation may answer these, in the common shape.
router = APIRouter(responses=error_responses(401, 409))


@router.get(
    "/auth/login", status_code=302, response_class=RedirectResponse, tags=["auth"]
)
async def login(provider: ProviderLoginDep, settings: SettingsDep) -> RedirectResponse:
    """Send the browser to the provider, which sends it back to /auth/callback."""
    request = await provider.start()
    redirect = RedirectResponse(request.url, status_code=302)
    redirect.set_cookie(
        STATE_COOKIE,
        request.state_cookie,
        max_age=600,
        path=STATE_COOKIE_PATH,
        httponly=True,
        samesite="lax",
        secure=settings.oauth_state_cookie_secure,
    )
    return redirect


@router.get("/auth/callback", tags=["auth"])
async def callback(
    response: Response,
    provider: ProviderLoginDep,
    service: AuthServiceDep,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
    state_cookie: Annotated[str | None, Cookie(alias=STATE_COOKIE)] = None,
) -> TokenPair:
    """Redeem the provider's code, then answer with this app's own tokens. The
    provider sends `error` instead (access_denied...) when the user said no."""
    if error is not None:
        raise ProviderLoginFailed("the provider did not authorize the login")
    profile = await provider.finish(code, state, state_cookie)
    user = await service.sign_in_from_provider(profile)
    response.delete_cookie(STATE_COOKIE, path=STATE_COOKIE_PATH)
    return await service.issue_tokens(user)


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
