"""Authentication use cases."""

from datetime import UTC, datetime

from app.core.config import Settings
from app.core.rate_limit import SignInLimits
from app.domains.auth.accounts import PasswordAccounts
from app.domains.auth.api_keys import ApiKey, ApiKeyRepository, key_digest, new_key
from app.domains.auth.exceptions import NotAuthenticated
from app.domains.auth.models import User
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import PasswordChange

# Each sign-in issues a key (one per client, say); beyond this many a user's oldest go.
MAX_KEYS_PER_USER = 10


class AuthService(PasswordAccounts):
    """Password accounts signed in with API keys."""

    def __init__(
        self,
        users: UserRepository,
        keys: ApiKeyRepository,
        settings: Settings,
        limits: SignInLimits,
    ) -> None:
        super().__init__(users, settings, limits)
        self.keys = keys

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password and revoke every key the user holds."""
        await super().change_password(user, change)
        await self.keys.delete_of_user(user)

    async def issue_key(self, user: User) -> str:
        """A new key for the user, returned once: only its digest is kept."""
        for oldest in (await self.keys.of_user(user))[MAX_KEYS_PER_USER - 1 :]:
            await self.keys.delete(oldest)
        key = new_key()
        digest = key_digest(key, self.settings.secret_key)
        issued = ApiKey(digest=digest, user_id=user.id, created_at=datetime.now(UTC))
        await self.keys.add(issued)
        return key

    async def resolve_key(self, key: str) -> tuple[User, ApiKey]:
        """The user a key was issued to, and the stored key."""
        stored = await self.keys.get(key_digest(key, self.settings.secret_key))
        if stored is None:  # revoked, or never issued by this app
            raise NotAuthenticated("API key is not valid")
        user = await self.users.get(stored.user_id)
        if user is None or not user.is_active:
            raise NotAuthenticated("User is unknown or inactive")
        return user, stored

    async def revoke(self, key: ApiKey) -> None:
        await self.keys.delete(key)
