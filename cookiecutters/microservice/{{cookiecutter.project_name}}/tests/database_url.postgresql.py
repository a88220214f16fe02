{#- Generated from cookiecutters/_shared/project/tests/database_url.postgresql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The test database on PostgreSQL: created when missing, and other connections to it
ended. Where it is, and where nothing answers, are tests/database_server.py's, as on
every database server.
"""

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.db.session import create_engine
from tests.database_server import test_database_url, unreachable_database_url

__all__ = [
    "create_database",
    "drop_other_connections",
    "test_database_url",
    "unreachable_database_url",
]


async def create_database(url: str) -> None:
    """Create the test database on the server when it does not exist yet."""
    target = make_url(url)
    server = create_engine(
        target.set(database="postgres").render_as_string(hide_password=False)
    )
    async with server.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        exists = await connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"),
            {"name": target.database},
        )
        if not exists:
            await connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    await server.dispose()


async def drop_other_connections(url: str) -> None:
    """End every other connection to the test database, as a server restart does."""
    engine = create_engine(url)
    async with engine.connect() as connection:
        await connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    await engine.dispose()
