"""The hand-written CRUD floor: the same two item reads as a generated PostgreSQL
project (no auth), written directly with FastAPI, SQLAlchemy async and asyncpg, with
the same pool settings. bench/bench_runtime.py points it at the generated project's table.

    DATABASE_URL=postgresql+asyncpg://... uvicorn --app-dir bench/apps crud:app
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    engine = create_async_engine(
        os.environ["DATABASE_URL"], pool_pre_ping=True, pool_size=20, max_overflow=10
    )  # the generated project's pool
    app.state.engine = engine
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)
COLUMNS = "id, name, description"


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/api/v1/items")
async def list_items(request: Request, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    async with request.app.state.engine.connect() as connection:
        rows = await connection.execute(
            text(f"SELECT {COLUMNS} FROM items ORDER BY id LIMIT :limit OFFSET :offset"),
            {"limit": limit, "offset": offset},
        )
        total = await connection.scalar(text("SELECT count(*) FROM items"))
    items = [dict(row._mapping) for row in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@app.get("/api/v1/items/{item_id}")
async def get_item(request: Request, item_id: int) -> dict[str, Any]:
    async with request.app.state.engine.connect() as connection:
        rows = await connection.execute(
            text(f"SELECT {COLUMNS} FROM items WHERE id = :id"), {"id": item_id}
        )
        row = rows.first()
    if row is None:
        raise HTTPException(404, "Item not found")
    return dict(row._mapping)
