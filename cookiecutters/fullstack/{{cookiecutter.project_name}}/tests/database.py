{#- Generated from cookiecutters/_shared/project/tests/database.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The test database (tests/database_url.py says where), its tables created fresh
once per test session and emptied after each test."""

import asyncio
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, delete
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.config import Settings
from app.db.models import Base
from app.db.session import create_engine
from tests.database_url import create_database, test_database_url


async def reset_schema(url: str) -> None:
    """Drop every table the test database holds, then create the project's: once
    per test session."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(drop_every_table)
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


def drop_every_table(connection: Connection) -> None:
    """Not only the models' tables: one left from an earlier schema (a domain since
    removed) may hold a foreign key that would stop the models' own from dropping."""
    found = MetaData()
    found.reflect(bind=connection)
    found.drop_all(bind=connection)


async def clear_tables(engine: AsyncEngine) -> None:
    """Empty every table after a test, children first."""
    async with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(delete(table))


def with_test_database(overrides: dict[str, Any], folder: Path) -> Settings:
    """The settings, pointed at the test database (created when missing), its
    tables created fresh: once per test session."""
    url = test_database_url(Settings(**overrides), folder)
    settings = Settings(**overrides, database_url=url)
    asyncio.run(create_database(settings.database_url))
    asyncio.run(reset_schema(settings.database_url))
    return settings
