{#- Generated from cookiecutters/_shared/project/app/core/request_id.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every request's id: the client's X-Request-ID when sane, else a new one.

app/core/middleware.py gives it to each request; it is echoed in the response
header, put in every error body and in logs.
"""

import re
import secrets
from contextvars import ContextVar

# X-Request-ID as ASGI carries header names: lowercase bytes.
REQUEST_ID_HEADER = b"x-request-id"
_SANE_ID = re.compile(rb"[A-Za-z0-9._-]{1,128}\Z")

current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


def request_id_from(given: bytes) -> str:
    """The client's id when it is a sane token, else a fresh random one."""
    return given.decode("latin-1") if _SANE_ID.match(given) else secrets.token_hex(16)
