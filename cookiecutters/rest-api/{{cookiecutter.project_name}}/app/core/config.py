{%- set c = cookiecutter -%}
"""Settings from the environment and .env, typed and validated once at start-up."""
{% if c.__auth %}
import math
{%- endif %}
from functools import lru_cache
from typing import Annotated, Literal{% if c.__auth %}, Self{% endif %}

from fastapi import Depends, Request
{%- if c.__sql and c.__auth %}
from pydantic import field_validator, model_validator
{%- elif c.__sql %}
from pydantic import field_validator
{%- elif c.__auth %}
from pydantic import model_validator
{%- endif %}
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_NAME = "{{ c.project_name }}"
PROJECT_DESCRIPTION = {{ c.description | python_string }}
{%- if c.__database %}
DATABASE_NAME = "{{ c.__db_name }}"
{%- endif %}
{%- if c.__sql %}
# Plain URLs are accepted and given the async driver the app needs.
ASYNC_DRIVERS = {
{%- if c.db == 'sqlite' %}
    "sqlite": "sqlite+aiosqlite",
{%- elif c.db == 'postgres' %}
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
{%- elif c.db == 'mysql' %}
    "mysql": "mysql+aiomysql",
    "mariadb": "mysql+aiomysql",
{%- endif %}
}
{%- endif %}
{%- if c.__auth %}
# Placeholders and examples a key must never be, however long.
KNOWN_SECRETS = {"generate-me", "changeme", "change-me", "secret"}
# An estimate (length x log2 of the distinct characters used): 32 x "a" scores 0,
# `python -c "import secrets; print(secrets.token_urlsafe(48))"` about 370.
MIN_SECRET_BITS = 128
{%- endif %}
{%- if c.__passwords %}
# OWASP's minimum for Argon2id: 2 passes over 19 MiB.
MIN_PASSWORD_HASH_PASSES = 2
MIN_PASSWORD_HASH_MEMORY_KIB = 19_456
{%- endif %}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # Production unless development is said (.env does): the safe checks are the default.
    environment: Literal["development", "test", "production"] = "production"
    project_name: str = PROJECT_NAME
    log_level: str = "INFO"
    # Larger request bodies are refused with 413 before they are read whole.
    max_body_bytes: int = 1_048_576
    # /docs, /redoc and /openapi.json: unset means served except in production.
    public_docs: bool | None = None
{%- if c.db == 'sqlite' %}
    database_url: str = f"sqlite:///./{DATABASE_NAME}.db"
{%- elif c.db == 'postgres' %}
    database_url: str = f"postgresql://postgres@localhost:5432/{DATABASE_NAME}"
{%- elif c.db == 'mysql' %}
    database_url: str = f"mysql://root@localhost:3306/{DATABASE_NAME}"
{%- elif c.db == 'mongodb' %}
    mongodb_url: str = "mongodb://localhost:27017"
    mongodb_database: str = DATABASE_NAME
    # How long start-up waits for the server before failing with a message.
    mongodb_timeout_ms: int = 2000
{%- endif %}
{%- if c.__redis %}
    redis_url: str = "redis://localhost:6379/0"
{%- endif %}
{%- if c.__redis_cache %}
    # Keys start with the prefix, so several apps (and their tests) can share a Redis.
    cache_prefix: str = f"{PROJECT_NAME}:"
{%- endif %}
{%- if c.__cache %}
    cache_ttl_seconds: int = 60
{%- endif %}
{%- if c.__rabbitmq %}
    broker_url: str = "amqp://guest:guest@localhost:5672//"
{%- elif c.__celery %}
    broker_url: str = "redis://localhost:6379/0"
{%- endif %}
{%- if c.__queue %}
    # The queue the API sends tasks to and the worker takes them from.
    task_queue: str = PROJECT_NAME
{%- endif %}
{%- if c.__auth %}
    secret_key: str = ""
{%- endif %}
{%- if c.__tokens %}
    access_token_minutes: int = 15
    refresh_token_days: int = 7
{%- endif %}
{%- if c.__session %}
    session_minutes: int = 60 * 24 * 14
    # A session unused this long ends early; a user keeps at most this many.
    session_idle_minutes: int = 60 * 24
    max_sessions_per_user: int = 10
    cookie_secure: bool = True
{%- endif %}
{%- if c.__passwords %}
    # Argon2id cost per password hash. Production refuses less than OWASP's minimum;
    # the tests lower it, as hashing would otherwise be most of their time.
    password_hash_passes: int = 3
    password_hash_memory_kib: int = 65_536
    # Sign-in limits per window: attempts (logins and registrations) per client
    # address, failed logins per account. Beyond them: 429 with Retry-After.
    login_attempts_per_client: int = 20
    failed_logins_per_account: int = 10
    login_window_seconds: int = 15 * 60
{%- if c.__redis %}
    rate_limit_prefix: str = f"{PROJECT_NAME}:limits:"
{%- endif %}
{%- endif %}
{%- if c.__oauth2 %}
    oauth_client_id: str = ""
    oauth_client_secret: str = ""
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_userinfo_url: str = ""
    oauth_redirect_uri: str = "http://localhost:8000/api/v1/auth/callback"
    oauth_scope: str = "openid email profile"
    oauth_state_cookie_secure: bool = True
{%- endif %}
{%- if c.__sql %}

    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, url: str) -> str:
        scheme, separator, rest = url.partition("://")
        return f"{ASYNC_DRIVERS.get(scheme, scheme)}{separator}{rest}"
{%- endif %}

{%- if c.__auth %}

    @model_validator(mode="after")
    def refuse_weak_secret(self) -> Self:
        if not self.secret_key:
            raise ValueError("SECRET_KEY is not set: copy .env.example to .env")
        weak = (
            self.secret_key in KNOWN_SECRETS
            or estimated_bits(self.secret_key) < MIN_SECRET_BITS
        )
        if weak and self.environment != "development":
            raise ValueError(
                "SECRET_KEY is weak (allowed only with ENVIRONMENT=development): "
                "use secrets.token_urlsafe(48)"
            )
        return self
{%- endif %}
{%- if c.__passwords %}

    @model_validator(mode="after")
    def refuse_cheap_password_hashing(self) -> Self:
        cheap = (
            self.password_hash_passes < MIN_PASSWORD_HASH_PASSES
            or self.password_hash_memory_kib < MIN_PASSWORD_HASH_MEMORY_KIB
        )
        if cheap and self.environment == "production":
            raise ValueError(
                "password hashing is cheaper than OWASP's minimum (PASSWORD_HASH_PASSES"
                f" >= {MIN_PASSWORD_HASH_PASSES}, PASSWORD_HASH_MEMORY_KIB >= "
                f"{MIN_PASSWORD_HASH_MEMORY_KIB}): allowed only outside production"
            )
        return self
{%- endif %}

    @property
    def docs_enabled(self) -> bool:
        if self.public_docs is None:
            return self.environment != "production"
        return self.public_docs

{%- if c.__auth %}


def estimated_bits(secret: str) -> float:
    """Guessing cost of a random-looking key: repeats and tiny alphabets score low."""
    distinct = len(set(secret))
    return len(secret) * math.log2(distinct) if distinct > 1 else 0.0
{%- endif %}


@lru_cache
def get_settings() -> Settings:
    return Settings()


async def app_settings(request: Request) -> Settings:
    """The settings the running app was created with (tests pass their own)."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(app_settings)]
