"""The raw CRUD floor, the limit to approach: the same two item reads on asyncpg
directly (a pool of 20 + nothing else, prepared statements, rows as dicts), no ORM
and no response models.

    DATABASE_URL=postgresql://... uvicorn --app-dir bench/apps crud_raw:app
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from fastapi import FastAPI, HTTPException, Request

PAGE = "SELECT id, name, description FROM items ORDER BY id LIMIT $1 OFFSET $2"
COUNT = "SELECT count(*) FROM items"
ONE = "SELECT id, name, description FROM items WHERE id = $1"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], max_size=30)
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/api/v1/items")
async def list_items(request: Request, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    async with request.app.state.pool.acquire() as connection:
        rows = await connection.fetch(PAGE, limit, offset)
        total = await connection.fetchval(COUNT)
    return {"items": [dict(row) for row in rows], "total": total, "limit": limit, "offset": offset}


@app.get("/api/v1/items/{item_id}")
async def get_item(request: Request, item_id: int) -> dict[str, Any]:
    async with request.app.state.pool.acquire() as connection:
        row = await connection.fetchrow(ONE, item_id)
    if row is None:
        raise HTTPException(404, "Item not found")
    return dict(row)
