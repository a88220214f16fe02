"""Errors of the auth domain, rendered by app.core.errors."""

from typing import ClassVar

from app.core.errors import (
    AuthenticationError,
    ConflictError,
)


class NotAuthenticated(AuthenticationError):
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}

    def __init__(self, message: str = "Not authenticated") -> None:
        super().__init__(message)


class EmailTaken(ConflictError):
    def __init__(self) -> None:
        super().__init__("A user with this email already exists")


class ProviderLoginFailed(AuthenticationError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"Login with the provider failed: {reason}")
