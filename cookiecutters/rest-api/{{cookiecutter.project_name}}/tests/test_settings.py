"""SECRET_KEY: a weak or placeholder key stops the app unless development is explicit."""

import secrets
from typing import Any

import pytest
from pydantic import ValidationError

from app.core.config import Settings

WEAK_KEYS = ["secret", "generate-me", "a" * 64, "ab" * 40, "short-but-random-7Qz"]


@pytest.fixture(autouse=True)
def no_environment_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what each test passes counts: no ENVIRONMENT or .env from the shell."""
    monkeypatch.delenv("ENVIRONMENT", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


@pytest.mark.parametrize("key", WEAK_KEYS)
def test_a_weak_key_is_refused_by_default(key: str) -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY is weak"):
        settings(secret_key=key)


@pytest.mark.parametrize("key", WEAK_KEYS)
def test_a_weak_key_is_allowed_only_in_development(key: str) -> None:
    with pytest.raises(ValidationError):
        settings(secret_key=key, environment="test")

    assert settings(secret_key=key, environment="development").secret_key == key


def test_a_random_key_is_accepted_in_production() -> None:
    key = secrets.token_urlsafe(48)

    assert settings(secret_key=key).environment == "production"


def test_a_missing_key_is_refused_everywhere() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY is not set"):
        settings(environment="development")
