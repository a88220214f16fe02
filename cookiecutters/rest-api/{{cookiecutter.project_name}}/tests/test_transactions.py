{#- Generated from cookiecutters/_shared/project/tests/test_transactions.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""A request's changes are committed before its answer is sent: a success is never
answered for a change that was lost, and a database that cannot take the request
is an error answer in the common shape (409 or 503), never a 500."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy import make_url, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import ConflictError
from app.db.session import SessionDep, reads_only
from app.main import create_app
{%- if cookiecutter.__server_sql %}
from tests.database_url import drop_other_connections
{%- endif %}

PROBE = "/transaction-probe"
WRITE_THEN_FAIL = "/write-then-fail"
# A table of the tests' own, made and dropped around the test that writes to it.
SCRATCH = "transaction_probe_rows"


def app_with_probe(settings: Settings) -> FastAPI:
    """The app, with a route that reads through the request's session and answers
    201 as a route that saved something would."""
    app = create_app(settings)

    @app.post(PROBE, status_code=201)
    async def probe(session: SessionDep) -> dict[str, int]:
        return {"one": int(await session.scalar(text("SELECT 1")) or 0)}

    return app


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def test_the_answer_waits_for_the_commit(settings: Settings) -> None:
    async with running(app_with_probe(settings)) as client:
        response = await client.post(PROBE)

    assert response.status_code == 201
    assert response.json() == {"one": 1}


async def rows_kept_by_a_failed_write(settings: Settings, marked: bool) -> int:
    """The rows a route leaves in SCRATCH when it inserts one, then fails (409);
    marked @reads_only or not."""

    async def write_then_fail(session: SessionDep) -> None:
        await session.execute(text(f"INSERT INTO {SCRATCH} (n) VALUES (1)"))
        raise ConflictError("failed after its write")

    app = create_app(settings)
    route = reads_only(write_then_fail) if marked else write_then_fail
    app.post(WRITE_THEN_FAIL)(route)
    async with running(app) as client:
        engine = app.state.engine
        async with engine.begin() as connection:
            await connection.execute(text(f"CREATE TABLE {SCRATCH} (n INTEGER)"))
        try:
            response = await client.post(WRITE_THEN_FAIL)
            async with engine.connect() as connection:
                kept = await connection.scalar(text(f"SELECT count(*) FROM {SCRATCH}"))
        finally:
            async with engine.begin() as connection:
                await connection.execute(text(f"DROP TABLE {SCRATCH}"))
    assert response.status_code == 409, response.text
    return int(kept or 0)


async def test_a_failed_request_keeps_none_of_its_writes(settings: Settings) -> None:
    assert await rows_kept_by_a_failed_write(settings, marked=False) == 0


async def test_a_reads_only_route_runs_without_a_transaction_on_postgresql(
    settings: Settings,
) -> None:
    """A domain's list and read are @reads_only: on PostgreSQL, no BEGIN and COMMIT
    around their query. The proof, and the reason only routes that write nothing
    carry it: a write there is kept when the request then fails. Elsewhere the mark
    changes nothing (app/db/session.py says why)."""
    on_postgresql = make_url(settings.database_url).get_backend_name() == "postgresql"
    kept = await rows_kept_by_a_failed_write(settings, marked=True)

    assert kept == (1 if on_postgresql else 0)


async def test_a_commit_the_database_refuses_is_409_not_a_success(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a deferred constraint does: the statements pass, the commit fails."""

    async def refuse(self: AsyncSession) -> None:
        raise IntegrityError("COMMIT", None, Exception("deferred constraint"))

    monkeypatch.setattr(AsyncSession, "commit", refuse)
    async with running(app_with_probe(settings)) as client:
        response = await client.post(PROBE)

    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "conflict"


async def test_no_free_connection_is_503_with_retry_after(settings: Settings) -> None:
    """A burst larger than the pool waits pool_timeout, then gets a 503 it may retry."""
    one_connection = {
        "database_pool_size": 1,
        "database_max_overflow": 0,
        "database_pool_timeout": 0.1,
    }
    app = app_with_probe(settings.model_copy(update=one_connection))
    async with running(app) as client, app.state.engine.connect() as busy:
        await busy.execute(text("SELECT 1"))
        response = await client.post(PROBE)

    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "1"
    assert response.json()["error"]["code"] == "service_unavailable"
{%- if cookiecutter.__server_sql %}


async def test_a_connection_the_database_dropped_is_one_503_then_replaced(
    settings: Settings,
) -> None:
    """Connections are not pinged before use (README: settings): the request that
    meets a dropped one is answered 503 to retry, and the next one is served."""
    app = app_with_probe(settings)
    async with running(app) as client:
        assert (await client.post(PROBE)).status_code == 201  # a pooled connection
        await drop_other_connections(settings.database_url)

        dropped = await client.post(PROBE)
        retried = await client.post(PROBE)

    assert dropped.status_code == 503, dropped.text
    assert dropped.headers["Retry-After"] == "1"
    assert retried.status_code == 201, retried.text


async def test_with_pre_ping_a_dropped_connection_is_replaced_unseen(
    settings: Settings,
) -> None:
    """DATABASE_POOL_PRE_PING=true: the ping finds the dropped connection first."""
    app = app_with_probe(settings.model_copy(update={"database_pool_pre_ping": True}))
    async with running(app) as client:
        assert (await client.post(PROBE)).status_code == 201  # a pooled connection
        await drop_other_connections(settings.database_url)

        after = await client.post(PROBE)

    assert after.status_code == 201, after.text
{%- endif %}
