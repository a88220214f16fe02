{#- Generated from cookiecutters/_shared/project/tests/database_url.mysql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the test database is: TEST_DATABASE_URL, or DATABASE_URL's database + `_test`.

It is never the development database: the tests refuse to run against it.
"""

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.db.session import create_engine


def test_database_url(development: Settings, folder: Path) -> str:
    del folder  # on the server
    default = make_url(development.database_url)
    default = default.set(database=f"{default.database}_test")
    url = os.environ.get("TEST_DATABASE_URL") or default.render_as_string(
        hide_password=False
    )
    if make_url(url).database == make_url(development.database_url).database:
        raise RuntimeError("TEST_DATABASE_URL must not be the development database")
    return url


def unreachable_database_url(url: str, folder: Path) -> str:
    """The test database's URL, pointed at a port where nothing listens."""
    del folder  # on the server
    return make_url(url).set(port=1).render_as_string(hide_password=False)


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
