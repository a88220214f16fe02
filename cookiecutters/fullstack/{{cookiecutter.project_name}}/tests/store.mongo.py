{#- Generated from cookiecutters/_shared/project/tests/store.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the tests keep their data: a MongoDB database of their own
(MONGODB_DATABASE + `_test`), on the server at MONGODB_URL when it is set, else
in mongomock's memory; dropped after each test."""

import os
from typing import Any

import pytest
from fastapi import FastAPI
from mongomock_motor import AsyncMongoMockClient
from motor.motor_asyncio import AsyncIOMotorClient

from app.core.config import DATABASE_NAME, Settings
from app.main import create_app


def storage_settings(
    overrides: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    del tmp_path_factory  # nothing on disk
    return Settings(**{"mongodb_database": f"{DATABASE_NAME}_test", **overrides})


def mongo_client() -> Any:
    url = os.environ.get("MONGODB_URL")
    return AsyncIOMotorClient(url) if url else AsyncMongoMockClient()


def create_test_app(settings: Settings) -> FastAPI:
    app = create_app(settings)
    app.state.mongo_client = mongo_client()  # the app's lifespan uses it
    return app


def renew_test_app(app: FastAPI) -> FastAPI:
    """The app, for another test, with a client of its own: the last test's
    lifespan closed the one it had."""
    app.state.mongo_client = mongo_client()
    return app


async def leave_no_data(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    await app.state.mongo_client.drop_database(settings.mongodb_database)


async def leave_no_data_after(settings: Settings) -> None:
    """After the app is gone: drop the test database on a real server (mongomock's
    went with the app)."""
    url = os.environ.get("MONGODB_URL")
    if url:
        client: Any = AsyncIOMotorClient(url)
        await client.drop_database(settings.mongodb_database)
        client.close()
