{#- Generated from cookiecutters/_shared/project/tests/database_url.sqlite.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the test database is: TEST_DATABASE_URL, or a file in pytest's temporary folder.

It is never the development database: the tests refuse to run against it.
"""

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app.core.config import Settings


def test_database_url(development: Settings, folder: Path) -> str:
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{folder / 'test.db'}"
    if make_url(url).database == make_url(development.database_url).database:
        raise RuntimeError("TEST_DATABASE_URL must not be the development database")
    return url


def unreachable_database_url(url: str, folder: Path) -> str:
    """The test database's URL, pointed at a file in a folder that does not exist."""
    missing = make_url(url).set(database=str(folder / "no-such-folder" / "app.db"))
    return missing.render_as_string(hide_password=False)


async def create_database(url: str) -> None:
    """Nothing to do: SQLite creates the file when it first connects."""
    del url
