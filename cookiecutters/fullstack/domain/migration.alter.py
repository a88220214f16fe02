"""The {{ d.plural }} table: {{ summary }}.

Written by `fastkit create-domain {{ d.name }} --force`.

Revision ID: {{ revision }}
Revises: {{ down_revision }}
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "{{ revision }}"
down_revision: str | None = "{{ down_revision }}"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE = {"sqlite_autoincrement": True}


def upgrade() -> None:
    # Batch mode: plain ALTER TABLE, except on SQLite, which copies the table
    # (keeping AUTOINCREMENT: a deleted row's id is never handed out again).
    with op.batch_alter_table("{{ d.plural }}", table_kwargs=SQLITE) as batch:
{% for field in removed %}
{% for line in code.drop_column(d.plural, field) %}
{{ line }}
{% endfor %}
{% endfor %}
{% for field in added %}
{% for line in code.add_column(d.plural, field) %}
{{ line }}
{% endfor %}
{% endfor %}


def downgrade() -> None:
{% if removed %}
    # The removed columns come back empty, so they accept nulls: their values are gone.
{% endif %}
    with op.batch_alter_table("{{ d.plural }}", table_kwargs=SQLITE) as batch:
{% for field in added %}
{% for line in code.drop_column(d.plural, field) %}
{{ line }}
{% endfor %}
{% endfor %}
{% for field in removed %}
{% for line in code.add_column(d.plural, field, nullable=True) %}
{{ line }}
{% endfor %}
{% endfor %}
{# Generated from cookiecutters/_shared/domain/migration.alter.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
