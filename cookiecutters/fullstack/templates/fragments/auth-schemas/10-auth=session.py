

class LoginRequest(BaseModel):
    # Any text: an address that is no account's is a 401 like a wrong password.
    email: str = Field(max_length=320)
    password: str = Field(max_length=128)


class SessionStarted(BaseModel):
    csrf_token: str
    user: UserPublic
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/fragments/auth-schemas/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
