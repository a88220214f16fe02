{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/exceptions.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Errors of the auth domain, rendered by app.core.errors."""
{%- if c.__tokens %}

from typing import ClassVar
{%- endif %}

from app.core.errors import (
    AuthenticationError,
    ConflictError,
{%- if c.__passwords or c.__session %}
    PermissionDeniedError,
{%- endif %}
)


class NotAuthenticated(AuthenticationError):
{%- if c.__tokens %}
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}
{% endif %}
    def __init__(self, message: str = "Not authenticated") -> None:
        super().__init__(message)


class EmailTaken(ConflictError):
    def __init__(self) -> None:
        super().__init__("A user with this email already exists")
{%- if c.__passwords %}


class InvalidCredentials(AuthenticationError):
    def __init__(self) -> None:
        super().__init__("Incorrect email or password")


class WrongPassword(PermissionDeniedError):
    """403, not 401: the caller is signed in, only the confirmation is wrong."""

    def __init__(self) -> None:
        super().__init__("The current password is wrong")
{%- endif %}
{%- if c.__oauth2 %}


class ProviderLoginFailed(AuthenticationError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"Login with the provider failed: {reason}")
{%- endif %}
{%- if c.__session %}


class CsrfFailed(PermissionDeniedError):
    def __init__(self) -> None:
        super().__init__("CSRF token is missing or wrong")
{%- endif %}
