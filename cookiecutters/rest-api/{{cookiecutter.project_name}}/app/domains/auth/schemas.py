{%- set c = cookiecutter -%}
"""What the auth API accepts and returns."""
{% if c.__passwords %}
from typing import Annotated
{% endif %}
from pydantic import {% if c.__passwords %}AfterValidator, {% endif %}BaseModel, ConfigDict, EmailStr{% if c.__passwords %}, Field{% endif %}
{% if c.__passwords %}
from app.core.passwords import refuse_common_password
{%- endif %}
from app.domains.auth.models import UserId
{%- if c.__passwords %}

# A new password: 8 to 128 characters, and not one of the most common ones.
NewPassword = Annotated[
    str, Field(min_length=8, max_length=128), AfterValidator(refuse_common_password)
]


class UserCreate(BaseModel):
    email: EmailStr
    password: NewPassword


class PasswordChange(BaseModel):
    current_password: str = Field(max_length=128)
    new_password: NewPassword
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
    # OpenID Connect's claim; an address the provider has not verified is not used.
    email_verified: bool = False
{%- endif %}
