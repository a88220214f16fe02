{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/service.jwt.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Authentication use cases."""

from app.core.config import Settings
from app.core.rate_limit import SignInLimits
from app.domains.auth.accounts import PasswordAccounts
from app.domains.auth.models import User
from app.domains.auth.refresh_tokens import RefreshTokenRepository
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import PasswordChange
from app.domains.auth.token_pairs import TokenPairs


class AuthService(PasswordAccounts, TokenPairs):
    """Password accounts signed in with access and refresh tokens."""

    def __init__(
        self,
        users: UserRepository,
        refresh_tokens: RefreshTokenRepository,
        settings: Settings,
        limits: SignInLimits,
    ) -> None:
        super().__init__(users, settings, limits)
        self.refresh_tokens = refresh_tokens

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password and sign the user out everywhere (access tokens
        already handed out still work until they expire, minutes later)."""
        await super().change_password(user, change)
        await self.refresh_tokens.revoke_user(user)
