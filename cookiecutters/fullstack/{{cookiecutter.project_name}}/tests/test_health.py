{#- Generated from cookiecutters/_shared/project/tests/test_health.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- set checks = [] -%}
{%- if c.__database %}{% set _ = checks.append('database') %}{% endif -%}
{%- if c.__cache %}{% set _ = checks.append('cache') %}{% endif -%}
{%- if c.__model %}{% set _ = checks.append('model') %}{% endif -%}
"""GET /health says the process is alive; GET /health/ready checks {% if checks %}the {{ checks | join(' and the ') }}{% else %}nothing more (no dependencies){% endif %}."""

from httpx import AsyncClient


async def test_liveness_is_ok(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readiness_is_ok_when_dependencies_answer(client: AsyncClient) -> None:
    response = await client.get("/health/ready")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": { {%- for name in checks %}"{{ name }}": "ok"{{ ", " if not loop.last }}{% endfor %}},
    }


async def test_openapi_lists_the_versioned_routes(client: AsyncClient) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    assert "/api/v1/items" in response.json()["paths"]
