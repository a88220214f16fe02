{#- Generated from cookiecutters/_shared/project/app/db/session.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The async engine, and one session per request that commits or rolls back."""

from collections.abc import AsyncIterator
from typing import Annotated{% if cookiecutter.db == 'sqlite' %}, Any{% endif %}

from fastapi import Depends, Request
from sqlalchemy import {% if cookiecutter.db == 'sqlite' %}event, {% endif %}text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

{%- if cookiecutter.db != 'sqlite' %}

# Connections per process. Requests past them wait for one, and those waiters are not
# served in order: under a burst one can keep losing until pool_timeout. So keep
# this above the requests one process handles at once (SQLAlchemy's default is 5 + 10).
POOL_SIZE = 20
MAX_OVERFLOW = 10
{%- endif %}


def create_engine(database_url: str) -> AsyncEngine:
{%- if cookiecutter.db == 'sqlite' %}
    engine = create_async_engine(database_url, pool_pre_ping=True)
    event.listen(engine.sync_engine, "connect", enforce_foreign_keys)
    return engine


def enforce_foreign_keys(connection: Any, _: Any) -> None:
    """SQLite leaves foreign keys off unless each connection turns them on."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
{%- else %}
    return create_async_engine(
        database_url,
        pool_pre_ping=True,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
    )
{%- endif %}


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """Commit when the request handler succeeds; roll back when it raises."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except Exception:
            await session.rollback()
            raise


async def ping_database(engine: AsyncEngine) -> bool:
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError):
        return False
    return True


SessionDep = Annotated[AsyncSession, Depends(get_session)]
