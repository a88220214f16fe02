{#- Generated from cookiecutters/_shared/project/app/core/config.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Settings from the environment and .env, typed and validated once at start-up."""
{% if c.__secret %}
import math
{%- endif %}
from functools import lru_cache
{%- set validates = c.__auth or c.__verify %}
from typing import Annotated, Literal{% if validates %}, Self{% endif %}

from fastapi import Depends, Request
{%- set pydantic_names = (['Field'] if c.__model else []) + (['SecretStr'] if c.__model == 'llm' else []) + (['field_validator'] if c.__sql else []) + (['model_validator'] if validates else []) %}
{%- if pydantic_names %}
from pydantic import {{ pydantic_names | join(', ') }}
{%- endif %}
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_NAME = "{{ c.project_name }}"
{{ c.description | python_constant("PROJECT_DESCRIPTION") }}
{{- fragments("settings-constants") }}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # Production unless development is said (.env does): the safe checks are the default.
    environment: Literal["development", "test", "production"] = "production"
    project_name: str = PROJECT_NAME
    log_level: str = "INFO"
    # text for people; json (one object per line) for log collectors.
    log_format: Literal["text", "json"] = "{{ c.__log_format }}"
    # Larger request bodies are refused with 413 before they are read whole.
    max_body_bytes: int = 1_048_576
    # Larger request headers (all of them) are refused with 431: put a proxy in front
    # to stop them before the server reads them (nginx takes 8 KiB a line).
    max_header_bytes: int = 16_384
    # /docs, /redoc and /openapi.json: unset means served except in production.
    public_docs: bool | None = None
{{- fragments("settings-fields") }}
{{- fragments("settings-validators") }}

    @property
    def docs_enabled(self) -> bool:
        if self.public_docs is None:
            return self.environment != "production"
        return self.public_docs
{{- fragments("settings-functions", optional=True) }}


@lru_cache
def get_settings() -> Settings:
    return Settings()


async def app_settings(request: Request) -> Settings:
    """The settings the running app was created with (tests pass their own)."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(app_settings)]
