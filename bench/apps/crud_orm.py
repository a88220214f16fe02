"""The hand-written CRUD floor: the two item reads of a generated PostgreSQL project
(no auth) as a competent developer writes them by hand in one file: FastAPI,
SQLAlchemy 2 async ORM on asyncpg, a declarative model, a `yield` session
dependency, pydantic response models, the list's page and its count. The same pool
as the generated project (20 + 10), with pre-ping on, as most hand-written apps have it.

    DATABASE_URL=postgresql+asyncpg://... uvicorn --app-dir bench/apps crud_orm:app
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel, ConfigDict
from sqlalchemy import String, Text, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

engine = create_async_engine(
    os.environ["DATABASE_URL"], pool_pre_ping=True, pool_size=20, max_overflow=10
)
sessions = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text())


class ItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    description: str | None


class ItemPage(BaseModel):
    items: list[ItemOut]
    total: int
    limit: int
    offset: int


async def get_session() -> AsyncIterator[AsyncSession]:
    async with sessions() as session:
        yield session


Session = Annotated[AsyncSession, Depends(get_session)]


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/api/v1/items", response_model=ItemPage)
async def list_items(
    session: Session,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ItemPage:
    rows = await session.scalars(select(Item).order_by(Item.id).offset(offset).limit(limit))
    total = await session.scalar(select(func.count()).select_from(Item))
    items = [ItemOut.model_validate(row) for row in rows]
    return ItemPage(items=items, total=total or 0, limit=limit, offset=offset)


@app.get("/api/v1/items/{item_id}", response_model=ItemOut)
async def get_item(session: Session, item_id: int) -> Item:
    item = await session.get(Item, item_id)
    if item is None:
        raise HTTPException(404, "Item not found")
    return item
