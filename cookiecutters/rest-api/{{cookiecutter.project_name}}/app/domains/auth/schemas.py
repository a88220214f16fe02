{%- set c = cookiecutter -%}
"""What the auth API accepts and returns."""

from pydantic import BaseModel, ConfigDict, EmailStr{% if c.__passwords %}, Field{% endif %}

from app.domains.auth.models import UserId
{%- if c.__passwords %}


class UserCreate(BaseModel):
    email: EmailStr
    password: str = Field(min_length=8, max_length=128)
{%- endif %}


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UserId
    email: EmailStr
    is_active: bool
{%- if c.__tokens %}


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"


class RefreshRequest(BaseModel):
    refresh_token: str
{%- endif %}
{%- if c.__session %}


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


class SessionStarted(BaseModel):
    csrf_token: str
    user: UserPublic
{%- endif %}
{%- if c.__oauth2 %}


class ProviderUser(BaseModel):
    """The claims the app takes from the provider's userinfo endpoint."""

    sub: str
    email: EmailStr
{%- endif %}
