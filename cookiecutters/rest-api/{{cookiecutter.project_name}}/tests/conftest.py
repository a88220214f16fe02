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
{%- if c.__mongo %}
        "mongodb_database": f"{DATABASE_NAME}_test",
{%- endif %}
{%- if c.__redis_cache %}
        "cache_prefix": f"{PROJECT_NAME}-test:",
{%- endif %}
{%- if c.__queue %}
        # A queue of this test run's own: no other worker takes its tasks.
        "task_queue": f"{PROJECT_NAME}-test-{uuid4().hex[:8]}",
{%- endif %}
{%- if c.__auth %}
        "secret_key": "test-secret-key-long-enough-for-hs256-signing",
{%- endif %}
{%- if c.__passwords %}
        # Cheap hashing: the app's cost would be most of the run (production refuses it).
        "password_hash_passes": 1,
        "password_hash_memory_kib": 64,
        # Tests sign in often from one address; the limit tests set their own.
        "login_attempts_per_client": 10_000,
        "failed_logins_per_account": 10_000,
{%- if c.__redis %}
        "rate_limit_prefix": f"{PROJECT_NAME}-test-{uuid4().hex[:8]}:limits:",
{%- endif %}
{%- endif %}
{%- if c.__session %}
        "cookie_secure": False,
{%- endif %}
{%- if c.__oauth2 %}
        **FakeProvider.settings(),
{%- endif %}
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
{%- if c.__oauth2 %}

        async def fake_provider_client() -> AsyncIterator[Any]:
            transport = provider.transport()
            async with build_oauth_client(settings, transport=transport) as client:
                yield client

        app.dependency_overrides[get_oauth_client] = fake_provider_client
{%- endif %}
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
        yield client
{%- if c.__passwords %}


async def register_and_login(client: AsyncClient, email: str = EMAIL) -> dict[str, str]:
    """Register a user and sign in; the answer of the login endpoint."""
    await client.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD}
    )
{%- if c.__session %}
    response = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
    )
{%- else %}
    response = await client.post(
        "/api/v1/auth/login", data={"username": email, "password": PASSWORD}
    )
{%- endif %}
    assert response.status_code == 200, response.text
    answer: dict[str, str] = response.json()
    return answer
{%- endif %}
{%- if c.__passwords %}


def with_limits(settings: Settings, **limits: int) -> Settings:
    """These sign-in limits{% if c.__redis %}, counted afresh (under a new Redis prefix){% endif %}."""
{%- if c.__redis %}
    prefix = f"{PROJECT_NAME}-test-{uuid4().hex[:8]}:limits:"
    return settings.model_copy(update={**limits, "rate_limit_prefix": prefix})
{%- else %}
    return settings.model_copy(update=limits)
{%- endif %}
{%- endif %}
{%- if c.__tokens %}


@pytest.fixture
async def tokens(client: AsyncClient{% if c.__oauth2 %}, provider: FakeProvider{% endif %}) -> dict[str, str]:
{%- if c.__oauth2 %}
    return await sign_in_with_provider(client, provider)
{%- else %}
    return await register_and_login(client)
{%- endif %}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth_headers(tokens: dict[str, str]) -> dict[str, str]:
    return bearer(tokens["access_token"])
{%- elif c.__session %}


@pytest.fixture
async def auth_headers(client: AsyncClient) -> dict[str, str]:
    """Sign in: the client keeps the cookie; unsafe requests echo the CSRF token."""
    started = await register_and_login(client)
    return {"X-CSRF-Token": started["csrf_token"]}
{%- else %}


@pytest.fixture
def auth_headers() -> dict[str, str]:
    """No authentication: requests need no extra headers."""
    return {}
{%- endif %}
{%- if c.__auth %}


@pytest.fixture
def sign_in_as(client: AsyncClient{% if c.__oauth2 %}, provider: FakeProvider{% endif %}) -> SignIn:
    """Another user's headers{% if c.__session %}; the client's cookie becomes theirs{% endif %}."""

    async def sign_in(email: str) -> dict[str, str]:
{%- if c.__oauth2 %}
        provider.subject, provider.email = f"provider-{email}", email
        tokens = await sign_in_with_provider(client, provider)
        return bearer(tokens["access_token"])
{%- elif c.__session %}
        started = await register_and_login(client, email)
        return {"X-CSRF-Token": started["csrf_token"]}
{%- else %}
        tokens = await register_and_login(client, email)
        return bearer(tokens["access_token"])
{%- endif %}

    return sign_in
{%- endif %}
