"""Several callers of one app, for the quota tests: the caller is named by the
X-Caller header instead of the token's subject (or no one, without auth)."""

from typing import Annotated

from fastapi import Header

from app.api.caller import caller_id
from tests.conftest import Overrides


async def caller_named(x_caller: Annotated[str, Header()]) -> str:
    return x_caller


CALLER_FROM_HEADER: Overrides = {caller_id: caller_named}


def caller(name: str) -> dict[str, str]:
    return {"X-Caller": name}
