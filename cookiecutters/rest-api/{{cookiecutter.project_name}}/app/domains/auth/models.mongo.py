{%- set c = cookiecutter -%}
"""Users{% if c.__session %} and their server-side sessions{% else %} and the refresh tokens they were given{% endif %}."""

from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId

UserId = PydanticObjectId


class User(Document):
    email: Annotated[str, Indexed(unique=True)]
{%- if c.__passwords %}
    hashed_password: str
{%- endif %}
{%- if c.__oauth2 %}
    # The provider's stable id for the user (the OpenID Connect `sub` claim).
    subject: Annotated[str, Indexed(unique=True)]
{%- endif %}
    is_active: bool = True

    class Settings:
        name = "users"
{%- if c.__session %}


class UserSession(Document):
    # SHA-256 of the cookie's token: the collection alone cannot sign anyone in.
    token_digest: Annotated[str, Indexed(unique=True)]
    user_id: PydanticObjectId
    csrf_token: str
    expires_at: datetime
    # Sessions unused this long end before expires_at (idle timeout).
    last_seen_at: datetime

    class Settings:
        name = "user_sessions"
{%- else %}


class RefreshToken(Document):
    """One refresh token handed out; those issued from one login share a family."""

    # The token's `jti` claim: random, so the collection alone cannot sign anyone in.
    jti: Annotated[str, Indexed(unique=True)]
    family: Annotated[str, Indexed()]
    user_id: Annotated[PydanticObjectId, Indexed()]
    # Set when the token is exchanged: using it a second time revokes the family.
    used: bool = False
    expires_at: datetime

    class Settings:
        name = "refresh_tokens"
{%- endif %}
