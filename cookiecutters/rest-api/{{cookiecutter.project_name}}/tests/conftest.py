{#- Generated from cookiecutters/_shared/project/tests/conftest.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Fixtures: the app wired to the tests' own storage (tests/store.py)."""

from collections.abc import AsyncIterator, {% if c.__auth %}Awaitable, {% endif %}Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any
{%- if c.__queue or (c.__redis and c.__passwords) %}
from uuid import uuid4
{%- endif %}

import pytest
from httpx import ASGITransport, AsyncClient

from app.core.config import {% if c.__mongo %}DATABASE_NAME, {% endif %}{% if c.__redis_cache or c.__queue %}PROJECT_NAME, {% endif %}Settings
{%- if c.__oauth2 %}
from app.domains.auth.dependencies import build_oauth_client, get_oauth_client
{%- endif %}
{%- if c.__oauth2 %}
from tests.domains.auth.fake_provider import FakeProvider, sign_in_with_provider
{%- endif %}
from tests.store import create_test_app, leave_no_data, storage_settings
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
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The app's settings (environment and .env) with test values on top."""
    overrides: dict[str, Any] = {
        "environment": "test",
{{- fragments("test-settings") }}
    }
    return storage_settings(overrides, tmp_path_factory)
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
        app = create_test_app(settings)
{{- fragments("test-app-overrides", optional=True) }}
        transport = ASGITransport(app=app)
        async with app.router.lifespan_context(app):
            async with AsyncClient(
                transport=transport, base_url="http://test"
            ) as client:
                yield client
            await leave_no_data(app)
{{- fragments("test-cleanup", optional=True) }}

    return make


@pytest.fixture
async def client(
    make_client: ClientFactory, settings: Settings
) -> AsyncIterator[AsyncClient]:
    async with make_client(settings) as client:
{{- fragments("test-client", optional=True) }}
        yield client
{{- fragments("test-fixtures") }}
