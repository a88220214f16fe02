"""Every handled error has one JSON shape carrying the request id."""

from httpx import AsyncClient


async def test_unknown_route_uses_the_error_shape(client: AsyncClient) -> None:
    response = await client.get("/api/v1/nothing-here")

    assert response.status_code == 404
    body = response.json()
    assert body["error"]["code"] == "not_found"
    assert body["request_id"] == response.headers["X-Request-ID"]


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
