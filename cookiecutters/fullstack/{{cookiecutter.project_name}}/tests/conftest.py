{#- Generated from cookiecutters/_shared/project/tests/conftest.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Fixtures: the app wired to the tests' own storage (tests/store.py)."""

import gc
from collections.abc import AsyncIterator, {% if c.__auth %}Awaitable, {% endif %}Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol
from uuid import uuid4

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient{% if c.__passwords %}, Response{% endif %}

{% filter sort_imports -%}
from app.core.config import PROJECT_NAME, Settings
from tests.store import (
    create_test_app,
    leave_no_data,
    renew_test_app,
    storage_settings,
)
{{- fragments("test-imports", optional=True) }}
{% endfilter %}
# A name of this test run's own, for what it shares with other runs.
TEST_RUN = f"{PROJECT_NAME}-test-{uuid4().hex[:8]}"
{{- fragments("test-constants", optional=True) }}

# Dependency overrides a test adds to the app: the dependency, what replaces it.
Overrides = dict[Callable[..., Any], Callable[..., Any]]


class ClientFactory(Protocol):
    def __call__(
        self, settings: Settings, overrides: Overrides | None = None
    ) -> AbstractAsyncContextManager[AsyncClient]: ...


# The tests' settings: these on top of the environment and .env.
TEST_SETTINGS: dict[str, Any] = {
    "environment": "test",
{{- fragments("test-settings") }}
}


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting imported (the app, its libraries, the fuzzer's strategies) lives
    until the run ends: kept out of the garbage collector's full passes, which went
    over all of it again and again (a sixth of a run with five domains)."""
    del session
    gc.freeze()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The tests' settings, pointed at the tests' own storage."""
    return storage_settings(TEST_SETTINGS, tmp_path_factory)


@pytest.fixture(scope="session")
def test_apps() -> dict[int, tuple[Settings, FastAPI]]:
    """The app built for each settings object, kept for the run with its settings
    (so that their id names them alone). FastAPI prepares a route the first time a
    request reaches it, tens of milliseconds a router: a new app in every test paid
    that in every test. Each test still runs the app's lifespan, so that what it
    opens (the engine, caches, limits) is the test's own."""
    return {}


@pytest.fixture
def make_client(
    test_apps: dict[int, tuple[Settings, FastAPI]],
{%- if c.__oauth2 %}
    provider: FakeProvider,
{%- endif %}
) -> ClientFactory:
    """An app for these settings and a client that talks to it in-process."""

    @asynccontextmanager
    async def make(
        settings: Settings, overrides: Overrides | None = None
    ) -> AsyncIterator[AsyncClient]:
        kept = test_apps.get(id(settings))
        if kept is None:
            kept = test_apps[id(settings)] = (settings, create_test_app(settings))
        app = renew_test_app(kept[1])
        # This test's overrides only: the app may have served another test.
        app.dependency_overrides = dict(overrides or {})
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
