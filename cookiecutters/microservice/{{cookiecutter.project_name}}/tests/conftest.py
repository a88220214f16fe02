{#- Generated from cookiecutters/_shared/project/tests/conftest.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Fixtures: the app wired to {% if c.__sql %}a test database, never the development one{% elif c.__mongo %}a test MongoDB (real when MONGODB_URL is set){% else %}in-memory storage{% endif %}."""
{% if c.__sql %}
import asyncio
{%- elif c.__mongo %}
import os
{%- endif %}
from collections.abc import AsyncIterator, {% if c.__auth %}Awaitable, {% endif %}Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
{%- if c.db == 'sqlite' %}
from pathlib import Path
{%- endif %}
from typing import Any
{%- if c.__queue or (c.__redis and c.__passwords) %}
from uuid import uuid4
{%- endif %}

import pytest
from httpx import ASGITransport, AsyncClient
{%- if c.__mongo %}
from mongomock_motor import AsyncMongoMockClient
from motor.motor_asyncio import AsyncIOMotorClient
{%- endif %}

from app.core.config import {% if c.__mongo %}DATABASE_NAME, {% endif %}{% if c.__redis_cache or c.__queue %}PROJECT_NAME, {% endif %}Settings
{%- if c.__oauth2 %}
from app.domains.auth.dependencies import build_oauth_client, get_oauth_client
{%- endif %}
from app.main import create_app
{%- if c.__sql %}
from tests.database import (
    clear_tables,
{%- if c.__server_sql %}
    create_database,
{%- endif %}
    reset_schema,
    test_database_url,
)
{%- endif %}
{%- if c.__oauth2 %}
from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider
{%- endif %}
{{- fragments("test-imports", optional=True) }}

{%- if c.__passwords %}

EMAIL = "alice@example.com"
PASSWORD = "correct horse battery staple"
{%- endif %}

ClientFactory = Callable[[Settings], AbstractAsyncContextManager[AsyncClient]]
{%- if c.__auth %}
# Sign in as the user with this email (created if new): the headers their requests need.
SignIn = Callable[[str], Awaitable[dict[str, str]]]
{%- endif %}


@pytest.fixture(scope="session")
def settings({% if c.db == 'sqlite' %}tmp_path_factory: pytest.TempPathFactory{% endif %}) -> Settings:
    """The app's settings (environment and .env) with test values on top."""
    overrides: dict[str, Any] = {
        "environment": "test",
{{- fragments("test-settings") }}
    }
{%- if c.__sql %}
    development = Settings(**overrides)
{%- if c.db == 'sqlite' %}
    url = test_database_url(development, Path(tmp_path_factory.mktemp("db")))
{%- else %}
    url = test_database_url(development)
{%- endif %}
    test_settings = Settings(**overrides, database_url=url)
{%- if c.__server_sql %}
    asyncio.run(create_database(test_settings.database_url))
{%- endif %}
    asyncio.run(reset_schema(test_settings.database_url))
    return test_settings
{%- else %}
    return Settings(**overrides)
{%- endif %}
{%- if c.__oauth2 %}


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()
{%- endif %}


@pytest.fixture
def make_client({% if c.__oauth2 %}provider: FakeProvider{% endif %}) -> ClientFactory:
    """Build an app from these settings and a client that talks to it in-process."""

    @asynccontextmanager
    async def make(settings: Settings) -> AsyncIterator[AsyncClient]:
{%- if c.__mongo %}
        url = os.environ.get("MONGODB_URL")
        mongo_client: Any = AsyncIOMotorClient(url) if url else AsyncMongoMockClient()
        app = create_app(settings, mongo_client=mongo_client)
{%- else %}
        app = create_app(settings)
{%- endif %}
{{- fragments("test-app-overrides", optional=True) }}
        transport = ASGITransport(app=app)
{%- if c.__lifespan and not (c.__database or c.__cache) %}
        async with (
            app.router.lifespan_context(app),
            AsyncClient(transport=transport, base_url="http://test") as client,
        ):
            yield client
{%- elif c.__lifespan %}
        async with app.router.lifespan_context(app):
            async with AsyncClient(
                transport=transport, base_url="http://test"
            ) as client:
                yield client
{%- if c.__sql %}
            await clear_tables(app.state.engine)
{%- elif c.__mongo %}
            await mongo_client.drop_database(settings.mongodb_database)
{%- endif %}
{%- if c.__cache %}
            # Leave no cached values behind (a test may point at a Redis that is down).
            if await app.state.cache.ping():
                await app.state.cache.clear()
{%- endif %}
{%- else %}
        async with AsyncClient(transport=transport, base_url="http://test") as client:
            yield client
{%- endif %}

    return make


@pytest.fixture
async def client(
    make_client: ClientFactory, settings: Settings
) -> AsyncIterator[AsyncClient]:
    async with make_client(settings) as client:
{{- fragments("test-client", optional=True) }}
        yield client
{{- fragments("test-fixtures") }}
