

class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"


class RefreshRequest(BaseModel):
    refresh_token: str
{# Generated from cookiecutters/_shared/parts/accounts/flags/tokens/fragments/auth-schemas/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
