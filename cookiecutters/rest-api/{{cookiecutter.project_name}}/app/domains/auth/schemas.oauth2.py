"""What the auth API accepts and returns."""

from pydantic import BaseModel, ConfigDict, EmailStr

from app.domains.auth.models import UserId


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UserId
    email: EmailStr
    is_active: bool


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"


class RefreshRequest(BaseModel):
    refresh_token: str


class ProviderUser(BaseModel):
    """The claims the app takes from the provider's userinfo endpoint."""

    sub: str
    email: EmailStr
    # OpenID Connect's claim; an address the provider has not verified is not used.
    email_verified: bool = False
