"""Errors of the auth domain, rendered by app.core.errors."""

from app.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
)


class NotAuthenticated(AuthenticationError):
    def __init__(self, message: str = "Not authenticated") -> None:
        super().__init__(message)


class EmailTaken(ConflictError):
    def __init__(self) -> None:
        super().__init__("A user with this email already exists")


class InvalidCredentials(AuthenticationError):
    def __init__(self) -> None:
        super().__init__("Incorrect email or password")


class WrongPassword(PermissionDeniedError):
    """403, not 401: the caller is signed in, only the confirmation is wrong."""

    def __init__(self) -> None:
        super().__init__("The current password is wrong")


class CsrfFailed(PermissionDeniedError):
    def __init__(self) -> None:
        super().__init__("CSRF token is missing or wrong")
