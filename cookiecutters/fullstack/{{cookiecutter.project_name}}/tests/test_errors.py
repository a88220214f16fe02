{#- Generated from cookiecutters/_shared/project/tests/test_errors.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every handled error has one JSON shape carrying the request id."""

from collections.abc import AsyncIterator

from httpx import ASGITransport, AsyncClient
from starlette.types import Receive, Scope, Send

from app.core.config import Settings
from app.core.middleware import RequestMiddleware
from tests.conftest import ClientFactory

DOCS = ("/docs", "/redoc", "/openapi.json")


async def test_unknown_route_uses_the_error_shape(client: AsyncClient) -> None:
    response = await client.get("/api/v1/nothing-here")

    assert response.status_code == 404
    body = response.json()
    assert body["error"]["code"] == "not_found"
    assert body["request_id"] == response.headers["X-Request-ID"]


async def test_a_method_not_allowed_names_every_method_the_path_serves(
    client: AsyncClient,
) -> None:
    """GET and POST /items are two routes: the 405 names both, not the first one's."""
    listed = await client.options("/api/v1/items")
    one = await client.put("/api/v1/items/1")

    assert listed.status_code == one.status_code == 405
    assert listed.headers["Allow"] == "GET, POST"
    assert one.headers["Allow"] == "GET, PATCH, DELETE"
    assert listed.json()["error"]["code"] == "method_not_allowed"


async def test_a_query_parameter_given_twice_is_refused(client: AsyncClient) -> None:
    """The document takes one value each; the framework would keep one quietly."""
    response = await client.get("/api/v1/items?limit=5&limit=500")

    assert response.status_code == 422
    [detail] = response.json()["error"]["details"]
    assert detail["location"] == ["query", "limit"]


async def test_headers_over_the_cap_are_431_before_the_app_reads_them(
    client: AsyncClient,
) -> None:
    response = await client.get("/api/v1/items", headers={"X-Big": "a" * 20_000})

    assert response.status_code == 431
    body = response.json()
    assert body["error"]["code"] == "request_header_fields_too_large"
    assert body["request_id"] == response.headers["X-Request-ID"]


async def test_hsts_is_sent_over_https_only(client: AsyncClient) -> None:
    """Over HTTP a browser ignores it; behind a TLS proxy the scheme says HTTPS."""
    plain = await client.get("/health")
    secure = await client.get("https://test/health")

    assert "Strict-Transport-Security" not in plain.headers
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=31536000")


async def test_the_client_request_id_is_kept(client: AsyncClient) -> None:
    response = await client.get(
        "/api/v1/nothing-here", headers={"X-Request-ID": "abc-123"}
    )

    assert response.headers["X-Request-ID"] == "abc-123"
    assert response.json()["request_id"] == "abc-123"


async def test_an_unsafe_request_id_is_replaced(client: AsyncClient) -> None:
    response = await client.get("/health", headers={"X-Request-ID": "not a sane id!"})

    assert response.headers["X-Request-ID"] != "not a sane id!"


async def test_validation_errors_list_the_fields(client: AsyncClient) -> None:
    response = await client.get("/api/v1/items", params={"limit": 0})

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["details"][0]["location"] == ["query", "limit"]


async def test_a_body_over_the_limit_is_refused_with_413(
    make_client: ClientFactory, settings: Settings
) -> None:
    small = settings.model_copy(update={"max_body_bytes": 100})

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as read
        for _ in range(10):
            yield b" " * 20

    async with make_client(small) as client:
        declared = await client.post("/api/v1/items", content=b"{" + b" " * 200)
        streamed = await client.post("/api/v1/items", content=chunks())
        within = await client.post("/api/v1/items", json={"name": ""})

    assert (declared.status_code, streamed.status_code) == (413, 413)
    assert declared.json()["error"]["code"] == "payload_too_large"
    assert within.status_code != 413


async def test_every_answer_carries_the_security_headers(client: AsyncClient) -> None:
    for response in (await client.get("/health"), await client.get("/nothing")):
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"


async def test_a_route_keeps_its_cache_header_but_not_its_own_request_id() -> None:
    async def route(scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"cache-control", b"max-age=60"), (b"X-Request-ID", b"forged")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    transport = ASGITransport(
        RequestMiddleware(route, max_body_bytes=100, max_header_bytes=16_384)
    )
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/", headers={"X-Request-ID": "abc-123"})

    assert response.headers["Cache-Control"] == "max-age=60"
    assert response.headers.get_list("X-Request-ID") == ["abc-123"]
    assert response.headers["X-Frame-Options"] == "DENY"


async def test_api_docs_are_not_served_in_production(
    make_client: ClientFactory, settings: Settings
) -> None:
    production = settings.model_copy(update={"environment": "production"})

    async with make_client(production) as client:
        hidden = [(await client.get(path)).status_code for path in DOCS]
    async with make_client(settings) as client:
        served = [(await client.get(path)).status_code for path in DOCS]

    assert (hidden, served) == ([404] * 3, [200] * 3)
