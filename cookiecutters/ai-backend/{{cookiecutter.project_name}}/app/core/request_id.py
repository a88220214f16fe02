{#- Generated from cookiecutters/_shared/project/app/core/request_id.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Give every request an id: the client's X-Request-ID when sane, else a new one.

The id is echoed in the response header, put in every error body and in logs.
"""

import re
import secrets
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
_RAW_NAME = REQUEST_ID_HEADER.lower().encode("latin-1")
_SANE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}\Z")

current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # ASGI gives header names in lowercase.
        raw = next(
            (value for name, value in scope["headers"] if name == _RAW_NAME), b""
        )
        given = raw.decode("latin-1")
        request_id = given if _SANE_ID.match(given) else secrets.token_hex(16)
        scope.setdefault("state", {})["request_id"] = request_id
        token = current_request_id.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", ())
                message["headers"] = [
                    *(item for item in headers if item[0].lower() != _RAW_NAME),
                    (_RAW_NAME, request_id.encode("latin-1")),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            current_request_id.reset(token)
