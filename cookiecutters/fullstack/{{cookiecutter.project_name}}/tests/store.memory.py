{#- Generated from cookiecutters/_shared/project/tests/store.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the tests keep their data: the app's own memory, which goes with it."""

from typing import Any

import pytest
from fastapi import FastAPI

from app.core.config import Settings
from app.main import create_app


def storage_settings(
    overrides: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    del tmp_path_factory  # nothing on disk
    return Settings(**overrides)


def create_test_app(settings: Settings) -> FastAPI:
    return create_app(settings)


def renew_test_app(app: FastAPI) -> FastAPI:
    """A new app for each test: the records live in it."""
    settings: Settings = app.state.settings
    return create_test_app(settings)


async def leave_no_data(app: FastAPI) -> None:
    del app  # its items go with it


async def leave_no_data_after(settings: Settings) -> None:
    del settings  # the items went with the app
