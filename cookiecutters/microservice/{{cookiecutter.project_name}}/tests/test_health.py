{#- Generated from cookiecutters/_shared/project/tests/test_health.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- set checks = [] -%}
{%- if c.__database %}{% set _ = checks.append('database') %}{% endif -%}
{%- if c.__cache %}{% set _ = checks.append('cache') %}{% endif -%}
"""GET /health says the process is alive; GET /health/ready checks {% if checks %}the {{ checks | join(' and the ') }}{% else %}nothing more (no dependencies){% endif %}."""
{% if c.db == 'sqlite' %}
from pathlib import Path
{% endif %}
from httpx import {% if c.__sql %}ASGITransport, {% endif %}AsyncClient
{%- if c.__sql %}
from sqlalchemy import make_url
{%- endif %}
{%- if c.__redis_cache or c.__sql %}

from app.core.config import Settings
{%- endif %}
{%- if c.__sql %}
from app.main import create_app
{%- endif %}
{%- if c.__redis_cache %}
from tests.conftest import ClientFactory
{%- endif %}


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
{%- if c.__redis_cache or c.__sql %}


async def assert_alive_but_not_ready(client: AsyncClient, check: str) -> None:
    live = await client.get("/health")
    ready = await client.get("/health/ready")

    assert live.status_code == 200
    assert ready.status_code == 503
    assert ready.json()["checks"][check] == "unavailable"
{%- endif %}
{%- if c.__redis_cache %}


async def test_with_redis_down_the_app_is_alive_but_not_ready(
    make_client: ClientFactory, settings: Settings
) -> None:
    unreachable = settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    async with make_client(unreachable) as client:
        await assert_alive_but_not_ready(client, "cache")
{%- endif %}
{%- if c.__sql %}


async def test_with_the_database_down_the_app_is_alive_but_not_ready(
    settings: Settings,{% if c.db == 'sqlite' %} tmp_path: Path{% endif %}
) -> None:
    url = make_url(settings.database_url)
{%- if c.db == 'sqlite' %}
    down = url.set(database=str(tmp_path / "no-such-folder" / "app.db"))
{%- else %}
    down = url.set(port=1)  # nothing listens there
{%- endif %}
    app = create_app(
        settings.model_copy(
            update={"database_url": down.render_as_string(hide_password=False)}
        )
    )
    # The engine connects lazily: the app starts, and only readiness notices. Not
    # make_client: it empties the tables afterwards, through this unreachable database.
    async with (
        app.router.lifespan_context(app),
        AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client,
    ):
        await assert_alive_but_not_ready(client, "database")
{%- endif %}


async def test_openapi_lists_the_versioned_routes(client: AsyncClient) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    assert "/api/v1/items" in response.json()["paths"]
