{#- Generated from cookiecutters/_shared/project/migrations/versions/0001_items.open.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The items table.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        # SQLite: never hand out a deleted row's id again.
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("items")
