{%- set c = cookiecutter -%}
"""The auth API{% if c.__passwords %}: register, {% if c.__session %}login and logout with a session cookie{% else %}login, refresh, logout{% endif %}, password change{% else %}: login through the provider, refresh, logout{% endif %}, and /users/me."""
{%- if c.auth == 'jwt' %}

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm

from app.core.errors import error_responses
from app.domains.auth.dependencies import AuthServiceDep, CurrentUser
from app.domains.auth.schemas import (
    PasswordChange,
    RefreshRequest,
    TokenPair,
    UserCreate,
    UserPublic,
)

# Besides success, each auth operation may answer these, in the common shape.
router = APIRouter(responses=error_responses({% if c.__passwords %}401, 403, 409, 429{% else %}401, 409{% endif %}))


@router.post("/auth/register", status_code=201, tags=["auth"])
async def register(data: UserCreate, service: AuthServiceDep) -> UserPublic:
    return UserPublic.model_validate(await service.register(data))


@router.post("/auth/login", tags=["auth"])
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], service: AuthServiceDep
) -> TokenPair:
    """OAuth2 password flow: the form's `username` is the email."""
    user = await service.authenticate(form.username, form.password)
    return await service.issue_tokens(user)
{%- elif c.auth == 'oauth2' %}

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
router = APIRouter(responses=error_responses({% if c.__passwords %}401, 403, 409, 429{% else %}401, 409{% endif %}))


@router.get(
    "/auth/login", status_code=302, response_class=RedirectResponse, tags=["auth"]
)
async def login(provider: ProviderLoginDep, settings: SettingsDep) -> RedirectResponse:
    """Send the browser to the provider, which sends it back to /auth/callback."""
    request = provider.start()
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
{%- elif c.auth == 'session' %}

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
    LoginRequest,
    PasswordChange,
    SessionStarted,
    UserCreate,
    UserPublic,
)

# Besides success, each auth operation may answer these, in the common shape.
router = APIRouter(responses=error_responses({% if c.__passwords %}401, 403, 409, 429{% else %}401, 409{% endif %}))


@router.post("/auth/register", status_code=201, tags=["auth"])
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
{%- endif %}
{%- if c.__passwords %}


@router.post("/auth/password", status_code=204, tags=["auth"])
async def change_password(
    data: PasswordChange,
    user: CurrentUser,
    service: AuthServiceDep,
{%- if c.__session %}
    response: Response,
{%- endif %}
) -> None:
    """Change the password{% if c.__session %}; every session ends, this one too{% else %}; every refresh token is revoked{% endif %}."""
    await service.change_password(user, data)
{%- if c.__session %}
    response.delete_cookie(SESSION_COOKIE)
{%- endif %}
{%- endif %}
{%- if c.__tokens %}


@router.post("/auth/refresh", tags=["auth"])
async def refresh(data: RefreshRequest, service: AuthServiceDep) -> TokenPair:
    """A new token pair for a refresh token, which is then spent."""
    return await service.refresh(data.refresh_token)


@router.post("/auth/logout", status_code=204, tags=["auth"])
async def logout(data: RefreshRequest, service: AuthServiceDep) -> None:
    """Revoke the refresh token and every token refreshed from the same sign-in."""
    await service.logout(data.refresh_token)
{%- endif %}


@router.get("/users/me", tags=["users"])
async def read_current_user(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)
