{#- Generated from cookiecutters/_shared/project/tests/test_api_fuzz.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every operation, fuzzed from the app's own OpenAPI document (schemathesis):
no answer is a 5xx, and each answer matches the document (a declared status, the
declared content type and body schema). Where the API needs a caller, the
requests are signed in.

FUZZ_EXAMPLES (default 10) sets how many requests each operation gets.
"""

import asyncio
from collections.abc import Iterator
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

{% filter sort_imports -%}
from app.core.config import Settings
from app.main import create_app
from tests.store import create_test_app, leave_no_data_after
{{- fragments("fuzz-imports") }}
{% endfilter %}
EXAMPLES = int(environ.get("FUZZ_EXAMPLES", "10"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# The document as the app builds it; requests go to the app the fixture creates.
DOCUMENT = create_app(Settings(**TEST_SETTINGS)).openapi()
{{- fragments("fuzz-schema") }}


class FuzzedApp:
    """The app under fuzzing, served in-process by schemathesis (which runs its
    lifespan), and what each request sends to be signed in."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.headers: dict[str, str] = {}
        self.cookies: dict[str, str] = {}
{{- fragments("fuzz-sign-in", optional=True) }}


@pytest.fixture(scope="module")
def fuzzed(settings: Settings) -> Iterator[FuzzedApp]:
    app = create_test_app(settings)
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
