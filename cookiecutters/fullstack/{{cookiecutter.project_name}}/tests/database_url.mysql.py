{#- Generated from cookiecutters/_shared/project/tests/database_url.mysql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The test database on MySQL: created when missing, and other connections to it
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
        target.set(database="").render_as_string(hide_password=False)
    )
    async with server.connect() as connection:
        await connection.execute(
            text(f"CREATE DATABASE IF NOT EXISTS `{target.database}`")
        )
    await server.dispose()


async def drop_other_connections(url: str) -> None:
    """End every other connection to the test database, as a server restart does."""
    engine = create_engine(url)
    async with engine.connect() as connection:
        others = await connection.scalars(
            text(
                "SELECT id FROM information_schema.processlist"
                " WHERE db = DATABASE() AND id <> CONNECTION_ID()"
            )
        )
        for other in others.all():
            await connection.execute(text(f"KILL CONNECTION {int(other)}"))
    await engine.dispose()
