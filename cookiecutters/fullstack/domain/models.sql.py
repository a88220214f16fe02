"""The {{ d.cls }} stored by the {{ d.titles }} domain."""

{{ imports }}

{{ d.cls }}Id = int


class {{ d.cls }}(Base):
    __tablename__ = "{{ d.plural }}"
    # SQLite: never hand out a deleted row's id again.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
{% for field in fields %}
{{ code.model_column(field) }}
{% endfor %}
{% if owned %}
    # Who may change or delete it: set from the signed-in user, never the body.
    owner_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
{% endif %}
{# Generated from cookiecutters/_shared/domain/models.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
