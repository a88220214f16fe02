{#- Generated from cookiecutters/_shared/project/app/core/body_limit.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""A cap on request bodies: past it the request ends in 413, before the body is read whole.

It counts the bytes as the app reads them, so a chunked body without a
Content-Length is capped too; a declared length over the cap is refused at once.
"""

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodySizeLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        received = 0

        async def limited_receive() -> Message:
            # FastAPI passes an HTTPException raised while reading the body on to
            # the error handlers: the client gets 413 in the common error shape.
            nonlocal received
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise self.too_large()
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self.too_large()
            return message

        await self.app(scope, limited_receive, send)

    def too_large(self) -> HTTPException:
        return HTTPException(413, f"Request body is larger than {self.max_bytes} bytes")
