{#- Generated from cookiecutters/_shared/project/app/db/mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The MongoDB connection: Beanie documents on the async driver."""

from typing import Any

from beanie import Document, init_beanie
from motor.motor_asyncio import AsyncIOMotorClient, AsyncIOMotorDatabase
from pymongo.errors import PyMongoError

{% filter sort_imports -%}
from app.domains.item.models import Item
{{- fragments("mongo-document-imports", optional=True) }}
{% endfilter %}
# Every document model; a new domain adds its documents here.
DOCUMENT_MODELS: list[type[Document]] = [
    Item,
{{- fragments("mongo-documents", optional=True) }}
]


def open_client(url: str, timeout_ms: int) -> AsyncIOMotorClient[dict[str, Any]]:
    """A client that gives up on an unreachable server after timeout_ms (the driver's
    default is 30 s, a long silent wait at start-up)."""
    return AsyncIOMotorClient(url, serverSelectionTimeoutMS=timeout_ms)


def redacted(url: str) -> str:
    """The URL without its password, fit for an error message."""
    scheme, _, rest = url.partition("://")
    userinfo, at, hosts = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{hosts}"


async def connect(database: AsyncIOMotorDatabase[dict[str, Any]], url: str) -> None:
    """Check that the server answers, then register the document models."""
    try:
        await database.command("ping")
    except PyMongoError as error:
        # One line that says what to fix; the driver's topology dump helps nobody here.
        reason = type(error).__name__
        message = f"MongoDB did not answer at MONGODB_URL={redacted(url)} ({reason})"
        raise RuntimeError(message) from None
    await init_beanie(database=database, document_models=DOCUMENT_MODELS)


async def ping_database(client: AsyncIOMotorClient[dict[str, Any]]) -> bool:
    try:
        await client.admin.command("ping")
    except PyMongoError:
        return False
    return True
