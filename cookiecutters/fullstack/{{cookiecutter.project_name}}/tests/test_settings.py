{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/test_settings.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""SECRET_KEY: a weak or placeholder key stops the app unless development is explicit.{% if c.__passwords %}
Password hashing cheaper than OWASP's minimum stops it in production.{% endif %}"""

import secrets
from typing import Any

import pytest
from pydantic import ValidationError

from app.core.config import Settings
{%- if c.__passwords %}
from app.core.password_hashing import password_hasher
{%- endif %}

WEAK_KEYS = ["secret", "generate-me", "a" * 64, "ab" * 40, "short-but-random-7Qz"]


@pytest.fixture(autouse=True)
def no_environment_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what each test passes counts: no ENVIRONMENT or .env from the shell."""
    monkeypatch.delenv("ENVIRONMENT", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
{%- if c.__passwords %}
    monkeypatch.delenv("PASSWORD_HASH_PASSES", raising=False)
    monkeypatch.delenv("PASSWORD_HASH_MEMORY_KIB", raising=False)
{%- endif %}


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
{%- if c.__passwords %}


@pytest.mark.parametrize(
    "cost", [{"password_hash_passes": 1}, {"password_hash_memory_kib": 64}]
)
def test_cheap_password_hashing_is_refused_in_production(cost: dict[str, int]) -> None:
    key = secrets.token_urlsafe(48)
    with pytest.raises(ValidationError, match="cheaper than OWASP's minimum"):
        settings(secret_key=key, **cost)

    assert settings(secret_key=key, environment="test", **cost).environment == "test"


async def test_passwords_are_hashed_at_full_cost_by_default() -> None:
    hasher = password_hasher(settings(secret_key=secrets.token_urlsafe(48)))

    hashed = await hasher.hash("correct horse battery staple")

    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,")
{%- endif %}
