{#- Generated from cookiecutters/_shared/project/app/db/session.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The async engine, and one session per request that commits or rolls back."""

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import {% if cookiecutter.db == 'sqlite' %}event, {% endif %}text
from sqlalchemy.exc import (
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.core.errors import ConflictError, error_response


def create_engine(
    database_url: str,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_timeout: float = 30.0,
    pool_recycle: int = -1,
    pre_ping: bool = False,
) -> AsyncEngine:
    """The app's engine (its pool from the settings); tools and tests take
    SQLAlchemy's default pool."""
    engine = create_async_engine(
        database_url,
        pool_pre_ping=pre_ping,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        pool_recycle=pool_recycle,
    )
{%- if cookiecutter.db == 'sqlite' %}
    event.listen(engine.sync_engine, "connect", enforce_foreign_keys)
    return engine


def enforce_foreign_keys(connection: Any, _: Any) -> None:
    """SQLite leaves foreign keys off unless each connection turns them on."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
{%- else %}
    return engine
{%- endif %}


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def create_reads_only_sessionmaker(
    engine: AsyncEngine,
) -> async_sessionmaker[AsyncSession]:
    """Sessions for @reads_only routes: on PostgreSQL, their statements run without a
    transaction (asyncpg switches autocommit without a round trip). aiomysql and
    aiosqlite spend round trips switching it, more than it would save them (measured):
    there, reads keep their transaction."""
    if engine.dialect.name != "postgresql":
        return create_sessionmaker(engine)
    return create_sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"))


Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])
# The route functions marked @reads_only.
READS_ONLY: set[Callable[..., Any]] = set()


def reads_only(endpoint: Endpoint) -> Endpoint:
    """Mark a route function that writes nothing: on PostgreSQL its requests run
    without a transaction, so a read of one query makes one round trip instead of
    three (BEGIN, the query, COMMIT). Each statement then stands alone: a write in
    such a route would be kept even when the request fails. Only for routes that
    only read."""
    READS_ONLY.add(endpoint)
    return endpoint


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: rolled back when the handler raises, committed
    when it returns, and committed before the answer is sent (SessionDep is
    function-scoped), so that a success is only ever answered for a change that is
    saved, and a commit the database refuses is an error answer. A @reads_only
    route's session may have no transaction: committing it then sends nothing."""
    state = request.app.state
    reads = request.scope.get("endpoint") in READS_ONLY
    sessionmaker: async_sessionmaker[AsyncSession] = (
        state.reads_only_sessionmaker if reads else state.sessionmaker
    )
    async with sessionmaker() as session:
        try:
            yield session
        except Exception:
            await session.rollback()
            raise
        try:
            await session.commit()
        except IntegrityError as error:  # a deferred constraint, checked at commit
            raise ConflictError("The change conflicts with the stored data") from error


async def ping_database(engine: AsyncEngine) -> bool:
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError):
        return False
    return True


# Database errors that say "not now" rather than "never": the pool had no connection
# free within its timeout, or the server is down, restarting or broke a deadlock.
UNAVAILABLE_ERRORS = (PoolTimeoutError, OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 1


async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    return error_response(
        request,
        503,
        "service_unavailable",
        "The database is busy or unreachable: try again shortly",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


async def connection_lost(request: Request, exc: Exception) -> JSONResponse:
    """Any other database error is a bug (a 500), unless the connection was lost
    under it (a restart, a failover): SQLAlchemy has then discarded the pool's
    connections, and the request may be retried."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return await database_unavailable(request, exc)
    raise exc


def install_database_error_handlers(app: FastAPI) -> None:
    for error in UNAVAILABLE_ERRORS:
        app.add_exception_handler(error, database_unavailable)
    app.add_exception_handler(DBAPIError, connection_lost)


# scope="function": the session closes (and commits) when the route function
# returns, before the answer is sent; the default scope would commit after it.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
