{#- Generated from cookiecutters/_shared/project/tests/test_tooling.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The developer tooling is configured as its tools expect."""

import importlib
import secrets
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from fastapi import FastAPI

from app.core.config import get_settings

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_accepts_its_config() -> None:
    command = [sys.executable, "-m", "pre_commit", "validate-config"]
    done = subprocess.run(
        [*command, ".pre-commit-config.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_fastapi_cli_entrypoint_is_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """`fastapi dev` and `fastapi run` import what [tool.fastapi] names."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        entrypoint = tomllib.load(file)["tool"]["fastapi"]["entrypoint"]
    module_name, _, attribute = entrypoint.partition(":")
    # Built from the environment, as a server builds it; not the development .env.
    monkeypatch.setenv("ENVIRONMENT", "test")
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(48))
    monkeypatch.delitem(sys.modules, module_name, raising=False)
    get_settings.cache_clear()
    try:
        app = getattr(importlib.import_module(module_name), attribute)
    finally:
        get_settings.cache_clear()
        sys.modules.pop(module_name, None)

    assert isinstance(app, FastAPI)
    assert app.state.settings.environment == "test"
