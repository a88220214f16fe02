{%- set c = cookiecutter -%}
"""The MongoDB connection: Beanie documents on the async driver."""

from typing import Any

from beanie import Document, init_beanie
from motor.motor_asyncio import AsyncIOMotorClient, AsyncIOMotorDatabase
from pymongo.errors import PyMongoError
{% if c.__auth %}
from app.domains.auth.models import {% if c.__session %}User, UserSession{% else %}User{% endif %}
{%- endif %}
from app.domains.items.models import Item

# Every document model; a new domain adds its documents here.
DOCUMENT_MODELS: list[type[Document]] = [Item{% if c.__auth %}, User{% endif %}{% if c.__session %}, UserSession{% endif %}]


async def connect(database: AsyncIOMotorDatabase[dict[str, Any]]) -> None:
    await init_beanie(database=database, document_models=DOCUMENT_MODELS)


async def ping_database(client: AsyncIOMotorClient[dict[str, Any]]) -> bool:
    try:
        await client.admin.command("ping")
    except PyMongoError:
        return False
    return True
