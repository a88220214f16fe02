

class ProviderUser(BaseModel):
    """The claims the app takes from the provider's userinfo endpoint."""

    sub: str
    email: EmailStr
    # OpenID Connect's claim; an address the provider has not verified is not used.
    email_verified: bool = False
