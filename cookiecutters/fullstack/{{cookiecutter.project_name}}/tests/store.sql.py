{#- Generated from cookiecutters/_shared/project/tests/store.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the tests keep their data: a database of their own (tests/database.py),
never the development one; its tables are created once per session and emptied
after each test."""

from typing import Any

import pytest
from fastapi import FastAPI

from app.core.config import Settings
from app.db.session import create_engine
from app.main import create_app
from tests.database import clear_tables, with_test_database


def storage_settings(
    overrides: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return with_test_database(overrides, tmp_path_factory.mktemp("db"))


def create_test_app(settings: Settings) -> FastAPI:
    return create_app(settings)


def renew_test_app(app: FastAPI) -> FastAPI:
    """The app, for another test: all it keeps past its lifespan is its routes."""
    return app


async def leave_no_data(app: FastAPI) -> None:
    """After a test, through the app's own engine: empty every table."""
    await clear_tables(app.state.engine)


async def leave_no_data_after(settings: Settings) -> None:
    """After the app is gone, from a connection of this thread's own."""
    engine = create_engine(settings.database_url)
    await clear_tables(engine)
    await engine.dispose()
