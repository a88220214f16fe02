

class ProviderUser(BaseModel):
    """The claims the app takes from the provider's userinfo endpoint."""

    sub: str
    email: EmailStr
    # OpenID Connect's claim; an address the provider has not verified is not used.
    email_verified: bool = False
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/auth-schemas/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
