{%- set c = cookiecutter -%}
"""Every operation, fuzzed from the app's own OpenAPI document (schemathesis):
no answer is a 5xx, and each answer matches the document (a declared status, the
declared content type and body schema). Where the API needs a caller, the
requests are signed in.

FUZZ_EXAMPLES (default 10) sets how many requests each operation gets.
"""

import asyncio
from collections.abc import Iterator
{%- if c.__oauth2 or c.__session %}
from http.cookies import SimpleCookie
{%- endif %}
from os import environ
from typing import Any

import hypothesis
import pytest
import schemathesis
from fastapi import FastAPI
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.core.config import Settings
{%- if c.__oauth2 %}
from app.domains.auth.dependencies import build_oauth_client, get_oauth_client
{%- endif %}
from app.main import create_app
{%- if c.__passwords %}
from tests.conftest import EMAIL, PASSWORD
{%- endif %}
{%- if c.__oauth2 %}
from tests.domains.auth.fake_provider import FakeProvider
{%- endif %}
from tests.store import create_test_app, leave_no_data_after
{{- fragments("fuzz-imports", optional=True) }}

EXAMPLES = int(environ.get("FUZZ_EXAMPLES", "10"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
{%- if c.__auth %}
# They end the fuzzer's own sign-in; their own tests cover them.
SIGN_OUT = r"/auth/(logout|password)$"
{%- endif %}
{%- if c.auth == 'jwt' %}
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
{%- endif %}


# The document as the app builds it; requests go to the app the fixture creates.
{%- if c.__auth %}
DOCUMENT = create_app(
    Settings(environment="development", secret_key="unused")
).openapi()
{%- else %}
DOCUMENT = create_app(Settings(environment="test")).openapi()
{%- endif %}
schema = schemathesis.openapi.from_dict(DOCUMENT){% if c.__auth %}.exclude(path_regex=SIGN_OUT){% endif %}


class FuzzedApp:
    """The app under fuzzing, served in-process by schemathesis (which runs its
    lifespan), and what each request sends to be signed in."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.headers: dict[str, str] = {}
        self.cookies: dict[str, str] = {}
{{- fragments("fuzz-sign-in", optional=True) }}
{%- if c.__oauth2 or c.__session %}


def cookies_set_by(response: Any) -> dict[str, str]:
    cookies = SimpleCookie()
    for header in response.headers["set-cookie"]:
        cookies.load(header)
    return {name: morsel.value for name, morsel in cookies.items()}
{%- endif %}


@pytest.fixture(scope="module")
def fuzzed(settings: Settings) -> Iterator[FuzzedApp]:
    app = create_test_app(settings)
{%- if c.__oauth2 %}
    provider = FakeProvider()

    async def fake_provider_client() -> Any:
        transport = provider.transport()
        async with build_oauth_client(settings, transport=transport) as client:
            yield client

    app.dependency_overrides[get_oauth_client] = fake_provider_client
{%- endif %}
    fuzzed = FuzzedApp(app)
{{- fragments("fuzz-app-setup", optional=True) }}
    yield fuzzed
    asyncio.run(leave_no_data_after(settings))  # empty what the fuzzer wrote


@schema.parametrize()
@hypothesis.settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_no_request_gets_a_5xx_or_an_undocumented_answer(
    case: Any, fuzzed: FuzzedApp
) -> None:
    case.call_and_validate(
        app=fuzzed.app,
        headers=fuzzed.headers,
        cookies=fuzzed.cookies,
        checks=CHECKS,
        allow_redirects=False,  # a redirect's answer is the one the document declares
    )
