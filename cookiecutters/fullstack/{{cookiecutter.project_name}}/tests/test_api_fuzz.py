{#- Generated from cookiecutters/_shared/project/tests/test_api_fuzz.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every operation, fuzzed from the app's own OpenAPI document (schemathesis), with
requests the document allows and requests it does not: no answer is a 5xx, each
answer matches the document (a declared status, content type, headers and body
schema), what the document allows is accepted and what it does not is refused
(the document and the app's validation agree), and a method the path does not
serve gets 405 naming the ones it does. Where the API needs a caller, the requests
are signed in.

FUZZ_EXAMPLES sets how many generated requests each operation gets on top of the
boundary and invalid cases every run sends: 5 by default, 25 in CI.
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
    allow_header_conformance,
    content_type_conformance,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

{% filter sort_imports -%}
from app.core.config import Settings
from app.main import create_app
from tests.store import create_test_app, leave_no_data_after
{{- fragments("fuzz-imports") }}
{% endfilter %}
EXAMPLES = int(environ.get("FUZZ_EXAMPLES", "5"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
]


def checks_for(operation: dict[str, Any]) -> list[Any]:
    """CHECKS; but an operation that states a rule its schema cannot (OpenAPI
    `x-rules-beyond-schema`) may refuse a request its schema allows."""
    if "x-rules-beyond-schema" in operation:
        return [check for check in CHECKS if check is not positive_data_acceptance]
    return CHECKS


# The document as the app builds it; requests go to the app the fixture creates.
DOCUMENT = create_app(Settings(**TEST_SETTINGS)).openapi()
{{- fragments("fuzz-schema") }}
# Query parameters the document does not name are ignored, as HTTP APIs do: not a
# request the app must refuse.
schema.config.generation.allow_extra_parameters = False
# The fuzzer's requests carry its own sign-in, not an Authorization header of the
# fuzzer's making, which that sign-in would replace: a malformed header the request
# was said to carry would not be the one sent. The token tests try those.
schema.config.generation.with_security_parameters = False
# A body over MAX_BODY_BYTES (a long string of wide characters) is refused with 413,
# headers over MAX_HEADER_BYTES with 431: refusals too.
refusals = schema.config.checks.negative_data_rejection
refusals.expected_statuses = [*refusals.expected_statuses, "413", "431"]


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
        checks=checks_for(case.operation.definition.raw),
        allow_redirects=False,  # a redirect's answer is the one the document declares
    )
