
    async def check(
        self,
        values: dict[str, Any],
{% if owned and refs %}
        owner_id: UserId | None,
{% endif %}
        current: {{ d.cls }} | None = None,
    ) -> None:
        """Refuse what the database would refuse, as a client error."""
{% if unique %}
        # A value another {{ d.title }} holds in a unique field: 409.
        for field in UNIQUE_FIELDS:
            if values.get(field) is None:
                continue
            other = await self.repository.find(field, values[field])
            if other is not None and (current is None or other.id != current.id):
                raise {{ d.cls }}Conflict(field)
{% endif %}
{% if refs %}
{% if owned %}
        # A reference to a record that does not exist, or is another user's (who
        # could then never delete it): 422.
        for field, model in REFERENCES.items():
            value = values.get(field)
            if value is not None and not await self.repository.refers_to(
                model, value, owner_id
            ):
                raise {{ d.cls }}ReferenceNotFound(field, value)
{% else %}
        # A reference to a record that does not exist: 422.
        for field, model in REFERENCES.items():
            value = values.get(field)
            if value is not None and not await self.repository.refers_to(model, value):
                raise {{ d.cls }}ReferenceNotFound(field, value)
{% endif %}
{% endif %}
{# Generated from cookiecutters/_shared/domain/service.checks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
