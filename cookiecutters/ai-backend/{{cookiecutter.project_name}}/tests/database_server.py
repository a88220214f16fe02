{#- Generated from cookiecutters/_shared/project/tests/database_server.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Where the test database is on a database server (PostgreSQL, MySQL):
TEST_DATABASE_URL, or DATABASE_URL's database + `_test`; and where nothing answers.

It is never the development database: the tests refuse to run against it. What each
server does its own way (creating the database, ending other connections) is in
tests/database_url.py.
"""

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app.core.config import Settings


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
