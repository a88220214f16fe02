{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/accounts.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Accounts that sign in with an email and a password: registration, the password
check and password changes. Each credential's AuthService (app.domains.auth.service)
builds on this and adds what a signed-in user is given."""

from app.core.config import Settings
from app.core.password_hashing import password_hasher
from app.core.rate_limit import SignInLimits, account_key, user_key
from app.domains.auth.exceptions import EmailTaken, InvalidCredentials, WrongPassword
from app.domains.auth.models import User
from app.domains.auth.repository import UserRepository
from app.domains.auth.schemas import PasswordChange, UserCreate


def canonical_email(email: str) -> str:
    """How emails are stored and compared: Alice@Example.com is alice@example.com."""
    return email.strip().lower()


class PasswordAccounts:
    def __init__(
        self, users: UserRepository, settings: Settings, limits: SignInLimits
    ) -> None:
        self.users = users
        self.settings = settings
        self.limits = limits
        self.passwords = password_hasher(settings)

    async def register(self, data: UserCreate) -> User:
        await self.limits.attempt()
        email = canonical_email(data.email)
        # Hashed before the database is asked: no connection waits on the hashing.
        hashed_password = await self.passwords.hash(data.password)
        if await self.users.get_by_email(email) is not None:
            raise EmailTaken()
        user = User(email=email, hashed_password=hashed_password, is_active=True)
        return await self.users.add(user)

    async def authenticate(self, email: str, password: str) -> User:
        email = canonical_email(email)
        await self.limits.attempt()
        if "\x00" in email:  # no account has one, and some databases refuse it
            raise InvalidCredentials()
        account = account_key(email)
        await self.limits.password_check(account)
        user = await self.users.get_by_email(email)
        await self.users.release_connection()
        if user is None:
            await self.passwords.spend_check_time(password)
        elif await self.passwords.verify(password, user.hashed_password):
            await self.limits.password_was_right(account)
            if user.is_active:
                return user
        raise InvalidCredentials()

    async def change_password(self, user: User, change: PasswordChange) -> None:
        """Set a new password once the current one is confirmed (each AuthService
        then signs the user out everywhere)."""
        key = user_key(user.id)
        await self.limits.password_check(key)
        await self.users.release_connection()
        current = change.current_password
        if not await self.passwords.verify(current, user.hashed_password):
            raise WrongPassword()
        await self.limits.password_was_right(key)
        user.hashed_password = await self.passwords.hash(change.new_password)
        await self.users.save(user)
