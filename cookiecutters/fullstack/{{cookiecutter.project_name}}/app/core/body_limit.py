{#- Generated from cookiecutters/_shared/project/app/core/body_limit.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""A cap on request bodies: past it the request ends in 413, before the body is read whole.

It counts the bytes as the app reads them, so a chunked body without a
Content-Length is capped too; a declared length over the cap is refused at once.
app/core/middleware.py puts it on every request.
"""

from starlette.exceptions import HTTPException
from starlette.types import Message, Receive


def capped_receive(receive: Receive, declared_length: bytes, max_bytes: int) -> Receive:
    """`receive`, raising 413 once the body is (or is declared to be) over max_bytes."""
    received = 0

    async def receive_capped() -> Message:
        # FastAPI passes an HTTPException raised while reading the body on to the
        # error handlers: the client gets 413 in the common error shape.
        nonlocal received
        if declared_length.isdigit() and int(declared_length) > max_bytes:
            raise too_large(max_bytes)
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > max_bytes:
                raise too_large(max_bytes)
        return message

    return receive_capped


def too_large(max_bytes: int) -> HTTPException:
    return HTTPException(413, f"Request body is larger than {max_bytes} bytes")
