{#- Generated from cookiecutters/_shared/project/app/core/errors.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""One JSON error shape for every handled error, carrying the request id:
`{"error": {"code", "message", "details"?}, "request_id"}`.
"""

import re
from collections.abc import Mapping
from functools import cache
from http import HTTPStatus
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

ROUTE_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
HTTP_ERROR_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    422: "validation_error",
    429: "too_many_requests",
    431: "request_header_fields_too_large",
}


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: list[Any] | None = None


class ErrorBody(BaseModel):
    """The shape of every error answer, as the OpenAPI document declares it."""

    error: ErrorDetail
    request_id: str | None


def error_responses(*status_codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, all in the common shape, so
    that clients generated from the document know them."""
    return {
        code: {"model": ErrorBody, "description": HTTPStatus(code).phrase}
        for code in status_codes
    }


class AppError(Exception):
    """A failure the API reports to its client; subclasses set status and code."""

    status_code = 500
    code = "internal_error"
    headers: ClassVar[dict[str, str] | None] = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def response_headers(self) -> dict[str, str] | None:
        return self.headers


class NotFoundError(AppError):
    status_code = 404
    code = "not_found"


class ConflictError(AppError):
    status_code = 409
    code = "conflict"


class AuthenticationError(AppError):
    status_code = 401
    code = "not_authenticated"


class PermissionDeniedError(AppError):
    status_code = 403
    code = "forbidden"


class TooManyRequestsError(AppError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, message: str, retry_after_seconds: int) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds

    def response_headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_seconds)}


def error_response(
    request: Request,
    status_code: int,
    code: str,
    message: str,
    details: list[Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = jsonable_encoder(details)
    body = {"error": error, "request_id": getattr(request.state, "request_id", None)}
    return JSONResponse(body, status_code=status_code, headers=headers)


async def handle_app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_response(
        request,
        exc.status_code,
        exc.code,
        exc.message,
        headers=exc.response_headers(),
    )


async def handle_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = HTTP_ERROR_CODES.get(exc.status_code, "http_error")
    headers = exc.headers
    if exc.status_code == 405:
        headers = {**(headers or {}), "Allow": allowed_methods(request)}
    return error_response(
        request, exc.status_code, code, str(exc.detail), headers=headers
    )


def allowed_methods(request: Request) -> str:
    """The methods the OpenAPI document lists for the most specific of its paths that
    matches (Starlette's 405 names those of the first route that matched: GET /items
    beside POST /items said GET; and /orders/export is not /orders/{order_id})."""
    paths: dict[str, dict[str, Any]] = request.app.openapi().get("paths", {})
    matching = [t for t in paths if path_pattern(t).fullmatch(request.scope["path"])]
    if not matching:
        return ""
    template = min(matching, key=lambda path: path.count("{"))
    return ", ".join(m.upper() for m in paths[template] if m.upper() in ROUTE_METHODS)


@cache
def path_pattern(template: str) -> re.Pattern[str]:
    """/items/{item_id} as a regular expression: /items/ and one segment."""
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)))


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"location": list(err["loc"]), "message": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]
    return error_response(
        request, 422, "validation_error", "Request is not valid", details
    )


async def handle_unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(request, 500, "internal_error", "Internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, handle_app_error)
    app.add_exception_handler(HTTPException, handle_http_error)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(Exception, handle_unexpected_error)
