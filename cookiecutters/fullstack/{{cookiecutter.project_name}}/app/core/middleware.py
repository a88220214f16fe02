{#- Generated from cookiecutters/_shared/project/app/core/middleware.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The one ASGI middleware every HTTP request passes through. The request gets its id
(request_id.py) and a capped body (body_limit.py), and headers past a cap are a 431
(the server takes whatever it is sent: `fastapi run` read a 50 MB Authorization
header); the response gets the id back in X-Request-ID and the security headers
(security_headers.py).

One layer with one `send` wrapper, not one middleware each: as three layers they
took about a tenth of a /health request's time.
"""

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.body_limit import capped_receive
from app.core.request_id import REQUEST_ID_HEADER, current_request_id, request_id_from
from app.core.security_headers import RAW_HSTS_HEADER, RAW_SECURITY_HEADERS


class RequestMiddleware:
    def __init__(
        self, app: ASGIApp, max_body_bytes: int, max_header_bytes: int
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_header_bytes = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given_id = declared_length = b""
        header_bytes = 0
        for name, value in scope["headers"]:  # ASGI gives names in lowercase
            header_bytes += len(name) + len(value)
            if name == REQUEST_ID_HEADER:
                given_id = value
            elif name == b"content-length":
                declared_length = value
        request_id = request_id_from(given_id)
        scope.setdefault("state", {})["request_id"] = request_id
        id_header = (REQUEST_ID_HEADER, request_id.encode("latin-1"))
        over_https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # The id is always ours; a security header a route set itself stays.
                headers = [
                    item
                    for item in message.get("headers", ())
                    if item[0].lower() != REQUEST_ID_HEADER
                ]
                present = {name.lower() for name, _ in headers}
                headers += [
                    item for item in RAW_SECURITY_HEADERS if item[0] not in present
                ]
                headers.append(id_header)
                if over_https:
                    headers.append(RAW_HSTS_HEADER)
                message["headers"] = headers
            await send(message)

        token = current_request_id.set(request_id)
        try:
            if header_bytes > self.max_header_bytes:
                refusal = headers_too_large(self.max_header_bytes, request_id)
                await refusal(scope, receive, send_with_headers)
                return
            await self.app(
                scope,
                capped_receive(receive, declared_length, self.max_body_bytes),
                send_with_headers,
            )
        finally:
            current_request_id.reset(token)


def headers_too_large(max_bytes: int, request_id: str) -> JSONResponse:
    """431 in the common error shape, answered here: the app never sees the request."""
    error = {
        "code": "request_header_fields_too_large",
        "message": f"Request headers are larger than {max_bytes} bytes",
    }
    return JSONResponse({"error": error, "request_id": request_id}, status_code=431)
