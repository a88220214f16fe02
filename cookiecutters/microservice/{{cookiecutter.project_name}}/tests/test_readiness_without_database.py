{#- Generated from cookiecutters/_shared/project/tests/test_readiness_without_database.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""With the database down the app stays alive (no restart would help) but is not ready."""
{% if c.db == 'sqlite' %}
import threading
from pathlib import Path
{% endif %}
from httpx import ASGITransport, AsyncClient
from sqlalchemy import make_url

from app.core.config import Settings
from app.main import create_app


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
{%- if c.db == 'sqlite' %}
    threads = set(threading.enumerate())
{%- endif %}
    async with (
        app.router.lifespan_context(app),
        AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client,
    ):
        live = await client.get("/health")
        ready = await client.get("/health/ready")
{%- if c.db == 'sqlite' %}
    # aiosqlite stops the thread of a connection that failed to open without waiting
    # for it (omnilib/aiosqlite#241): wait here, or its answer can reach this test's
    # event loop after pytest closed it, a thread warning in a later test.
    for thread in set(threading.enumerate()) - threads:
        thread.join(timeout=5)
{%- endif %}

    assert live.status_code == 200
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"] == "unavailable"
