"""What the auth API accepts and returns."""

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field

from app.core.passwords import COMMON_PASSWORD_RULE, refuse_common_password
from app.domains.auth.models import UserId

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


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UserId
    email: EmailStr
    is_active: bool


class LoginRequest(BaseModel):
    # Any text: an address that is no account's is a 401 like a wrong password.
    email: str = Field(max_length=320)
    password: str = Field(max_length=128)


class ApiKeyIssued(BaseModel):
    """A new key: shown this once, then sent in the X-API-Key header."""

    api_key: str
    user: UserPublic
