{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/models.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The users who sign in: one record each, whatever the credential."""

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
