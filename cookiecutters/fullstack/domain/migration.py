"""The {{ d.plural }} table{{ ", each row owned by a user" if owned }}.

Revision ID: {{ revision }}
Revises:{{ " " ~ down_revision if down_revision }}
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "{{ revision }}"
down_revision: str | None = {{ '"%s"' % down_revision if down_revision else "None" }}
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "{{ d.plural }}",
        sa.Column("id", sa.Integer(), nullable=False),
{% for field in fields %}
{{ code.migration_column(field) }}
{% endfor %}
{% if owned %}
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_{{ d.plural }}_owner_id_users"),
            ondelete="CASCADE",
        ),
{% endif %}
{% for field in refs %}
{{ code.foreign_key(d.plural, field) }}
{% endfor %}
        sa.PrimaryKeyConstraint("id", name=op.f("pk_{{ d.plural }}")),
{% for field in fields if field.unique %}
{{ code.unique_constraint(d.plural, field) }}
{% endfor %}
        # SQLite: never hand out a deleted row's id again.
        sqlite_autoincrement=True,
    )
{% for column in indexed %}
{{ code.create_index(d.plural, column) }}
{% endfor %}


def downgrade() -> None:
    # Dropping a table drops its indexes; MySQL refuses to drop an index first
    # while a foreign key still needs it.
    op.drop_table("{{ d.plural }}")
{# Generated from cookiecutters/_shared/domain/migration.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
