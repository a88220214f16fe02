"""deploy=k8s: .env.example split into the ConfigMap's settings and the Secret's."""

import pytest

from fastkit_hooks.deploy import split_settings

EXAMPLE = """\
# Settings for app/core/config.py. fastkit wrote .env from this file.
ENVIRONMENT=development
LOG_LEVEL=INFO
LOG_FORMAT=text
# /docs: unset serves them except in production.
# PUBLIC_DOCS=false
# Plain postgresql:// URLs are given the asyncpg driver.
DATABASE_URL=postgresql://postgres@localhost:5432/shop
# Signs tokens; refused outside development when weak.
SECRET_KEY=generate-me
# Argon2id cost of each password hash.
PASSWORD_HASH_PASSES=3
OAUTH_CLIENT_ID=
OAUTH_CLIENT_SECRET=
OAUTH_TOKEN_URL=https://provider.example/oauth2/token
BROKER_URL=amqp://guest:guest@localhost:5672//

# Credentials of the services in compose.yaml (`docker compose up`), which builds its
# own URLs from them. fastkit generated the passwords in .env.
POSTGRES_USER=shop
POSTGRES_PASSWORD=generate-me

# The model.
LLM_BASE_URL=https://api.openai.com/v1
LLM_API_KEY=
"""


def settings(text: str) -> dict[str, str]:
    pairs = [line.partition("=") for line in text.splitlines() if not line.startswith("#")]
    return {key: value for key, sep, value in pairs if sep}


@pytest.fixture(scope="module")
def split() -> tuple[str, str]:
    return split_settings(EXAMPLE)


def test_secrets_are_what_carries_a_password_or_a_key(split: tuple[str, str]) -> None:
    assert settings(split[1]) == {
        "DATABASE_URL": "postgresql://postgres@localhost:5432/shop",
        "SECRET_KEY": "generate-me",
        "OAUTH_CLIENT_SECRET": "",
        "BROKER_URL": "amqp://guest:guest@localhost:5672//",
        "LLM_API_KEY": "",
    }


def test_the_config_gets_the_rest_with_productions_values(split: tuple[str, str]) -> None:
    assert settings(split[0]) == {
        "ENVIRONMENT": "production",
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
        "PASSWORD_HASH_PASSES": "3",
        "OAUTH_CLIENT_ID": "",
        "OAUTH_TOKEN_URL": "https://provider.example/oauth2/token",
        "LLM_BASE_URL": "https://api.openai.com/v1",
    }


def test_compose_credentials_stay_out_and_comments_go_with_their_setting(
    split: tuple[str, str],
) -> None:
    config, secrets = split

    assert "POSTGRES_" not in config + secrets
    assert "# Signs tokens; refused outside development when weak.\nSECRET_KEY=" in secrets
    assert "# Argon2id cost of each password hash.\nPASSWORD_HASH_PASSES=3" in config
    assert "# /docs: unset serves them except in production.\n# PUBLIC_DOCS=false" in config
