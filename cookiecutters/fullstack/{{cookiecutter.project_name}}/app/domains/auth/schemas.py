{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/schemas.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""What the auth API accepts and returns."""
{%- if c.__passwords %}

from typing import Annotated
{%- endif %}

from pydantic import {% if c.__passwords %}AfterValidator, {% endif %}BaseModel, ConfigDict, EmailStr{% if c.__passwords %}, Field{% endif %}

{% if c.__passwords -%}
from app.core.passwords import COMMON_PASSWORD_RULE, refuse_common_password
{% endif -%}
from app.domains.auth.models import UserId
{%- if c.__passwords %}

# A new password: 8 to 128 characters, and not one of the most common ones.
NewPassword = Annotated[
    str, Field(min_length=8, max_length=128), AfterValidator(refuse_common_password)
]


# What the OpenAPI document says of the operations taking these bodies, beyond
# their schemas (OpenAPI `x-rules-beyond-schema`).
REGISTRATION_RULES = {
    "x-rules-beyond-schema": [
        COMMON_PASSWORD_RULE,
        "An email address at a reserved or special-use domain is refused (422)",
    ]
}
PASSWORD_CHANGE_RULES = {"x-rules-beyond-schema": [COMMON_PASSWORD_RULE]}


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
{{- fragments("auth-schemas") }}
