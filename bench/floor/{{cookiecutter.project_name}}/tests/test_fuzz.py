"""The route fuzzed from the app's OpenAPI document, as schemathesis's documentation
writes it: the floor for a project whose own tests fuzz its API."""

from typing import Any

import schemathesis

from app.main import app

schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
def test_api(case: Any) -> None:
    case.call_and_validate()
