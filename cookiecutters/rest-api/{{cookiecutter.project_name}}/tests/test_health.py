{%- set c = cookiecutter -%}
"""GET /health reports the app{% if c.__database %} and its database{% endif %}."""

from httpx import AsyncClient


async def test_health_is_ok(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
{%- if c.__database %}
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}
{%- else %}
    assert response.json() == {"status": "ok", "checks": {}}
{%- endif %}


async def test_openapi_lists_the_versioned_routes(client: AsyncClient) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    assert "/api/v1/items" in response.json()["paths"]
