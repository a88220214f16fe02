"""Errors of the auth domain, rendered by app.core.errors."""

from app.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    TooManyRequestsError,
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


class TooManyAttempts(TooManyRequestsError):
    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(
            "Too many sign-in attempts: try again later", retry_after_seconds
        )


class WrongPassword(PermissionDeniedError):
    """403, not 401: the caller is signed in, only the confirmation is wrong."""

    def __init__(self) -> None:
        super().__init__("The current password is wrong")


class CsrfFailed(PermissionDeniedError):
    def __init__(self) -> None:
        super().__init__("CSRF token is missing or wrong")
