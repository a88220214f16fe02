{%- set c = cookiecutter -%}
{%- set checks = [] -%}
{%- if c.__database %}{% set _ = checks.append('database') %}{% endif -%}
{%- if c.__cache %}{% set _ = checks.append('cache') %}{% endif -%}
"""GET /health reports the app{% for name in checks %}{{ ' and its ' if loop.first else ' and ' }}{{ name }}{% endfor %}."""

from httpx import AsyncClient
{%- if c.__redis_cache %}

from app.core.config import Settings
from tests.conftest import ClientFactory
{%- endif %}


async def test_health_is_ok(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": { {%- for name in checks %}"{{ name }}": "ok"{{ ", " if not loop.last }}{% endfor %}},
    }
{%- if c.__redis_cache %}


async def test_health_is_503_when_redis_is_down(
    make_client: ClientFactory, settings: Settings
) -> None:
    unreachable = settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    async with make_client(unreachable) as client:
        response = await client.get("/health")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "unavailable"
{%- endif %}


async def test_openapi_lists_the_versioned_routes(client: AsyncClient) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    assert "/api/v1/items" in response.json()["paths"]
