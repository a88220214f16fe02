{%- set c = cookiecutter -%}
"""The test database: TEST_DATABASE_URL, {% if c.db == 'sqlite' %}or a file in pytest's temporary folder{% else %}or DATABASE_URL's database + `_test`{% endif %}.

It is never the development database: the tests refuse to run against it.
"""

import asyncio
import os
from pathlib import Path
from typing import Any

from sqlalchemy import delete{% if c.__server_sql %}, text{% endif %}
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.config import Settings
from app.db.models import Base
from app.db.session import create_engine
{%- if c.db == 'sqlite' %}


def test_database_url(development: Settings, folder: Path) -> str:
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{folder / 'test.db'}"
{%- else %}


def test_database_url(development: Settings) -> str:
    default = make_url(development.database_url)
    default = default.set(database=f"{default.database}_test")
    url = os.environ.get("TEST_DATABASE_URL") or default.render_as_string(
        hide_password=False
    )
{%- endif %}
    if make_url(url).database == make_url(development.database_url).database:
        raise RuntimeError("TEST_DATABASE_URL must not be the development database")
    return url
{%- if c.__server_sql %}


async def create_database(url: str) -> None:
    """Create the test database on the server when it does not exist yet."""
    target = make_url(url)
{%- if c.db == 'postgres' %}
    server = create_engine(
        target.set(database="postgres").render_as_string(hide_password=False)
    )
    async with server.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        exists = await connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"),
            {"name": target.database},
        )
        if not exists:
            await connection.execute(text(f'CREATE DATABASE "{target.database}"'))
{%- else %}
    server = create_engine(
        target.set(database="").render_as_string(hide_password=False)
    )
    async with server.connect() as connection:
        await connection.execute(
            text(f"CREATE DATABASE IF NOT EXISTS `{target.database}`")
        )
{%- endif %}
    await server.dispose()
{%- endif %}


async def reset_schema(url: str) -> None:
    """Drop and create every table, once per test session."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()


async def clear_tables(engine: AsyncEngine) -> None:
    """Empty every table after a test, children first."""
    async with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(delete(table))


def with_test_database(overrides: dict[str, Any], folder: Path) -> Settings:
    """The settings, pointed at the test database{% if c.__server_sql %} (created on the server when
    missing){% endif %}, its tables created fresh: once per test session."""
    url = test_database_url(Settings(**overrides){% if c.db == 'sqlite' %}, folder{% endif %})
    settings = Settings(**overrides, database_url=url)
{%- if c.__server_sql %}
    asyncio.run(create_database(settings.database_url))
{%- endif %}
    asyncio.run(reset_schema(settings.database_url))
    return settings
