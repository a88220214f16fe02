{#- Generated from cookiecutters/_shared/project/migrations/versions/0001_initial.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Initial schema: items{% if c.__auth %}, users{% endif %}{% if c.__session %}, user_sessions{% elif c.__tokens %}, refresh_tokens{% endif %}.

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
{%- if c.__auth %}
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
{%- if c.__passwords %}
        sa.Column("hashed_password", sa.String(length=255), nullable=False),
{%- endif %}
{%- if c.__oauth2 %}
        sa.Column("subject", sa.String(length=255), nullable=False),
{%- endif %}
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
{%- if c.__oauth2 %}
        sa.UniqueConstraint("subject", name=op.f("uq_users_subject")),
{%- endif %}
        # SQLite: never give a deleted user's id (and old credentials) to a new one.
        sqlite_autoincrement=True,
    )
{%- endif %}
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=True),
{%- if c.__auth %}
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_items_owner_id_users"),
            ondelete="CASCADE",
        ),
{%- endif %}
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        # SQLite: never hand out a deleted row's id again.
        sqlite_autoincrement=True,
    )
{%- if c.__auth %}
    op.create_index(op.f("ix_items_owner_id"), "items", ["owner_id"], unique=False)
{%- endif %}
{%- if c.__session %}
    op.create_table(
        "user_sessions",
        sa.Column("token_digest", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_digest", name=op.f("pk_user_sessions")),
    )
    op.create_index(
        op.f("ix_user_sessions_user_id"), "user_sessions", ["user_id"], unique=False
    )
{%- elif c.__tokens %}
    op.create_table(
        "refresh_tokens",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("family", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_refresh_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("jti", name=op.f("pk_refresh_tokens")),
    )
    op.create_index(
        op.f("ix_refresh_tokens_family"), "refresh_tokens", ["family"], unique=False
    )
    op.create_index(
        op.f("ix_refresh_tokens_user_id"), "refresh_tokens", ["user_id"], unique=False
    )
{%- endif %}


def downgrade() -> None:
{%- if c.__auth %}
    # Dropping a table drops its indexes; MySQL refuses to drop an index first
    # while the foreign key still needs it.
{%- endif %}
{%- if c.__session %}
    op.drop_table("user_sessions")
{%- elif c.__tokens %}
    op.drop_table("refresh_tokens")
{%- endif %}
    op.drop_table("items")
{%- if c.__auth %}
    op.drop_table("users")
{%- endif %}
