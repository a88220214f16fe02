"""Where {{ d.titles }} are stored: the only module of the domain that knows the database."""

{{ imports }}


class {{ d.cls }}Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[{{ d.cls }}], int]:
        matching = select({{ d.cls }}).filter_by(**filters)
        # The total rides along with the page as a subquery the database runs once:
        # one round trip instead of two.
        counted = select(func.count()).select_from({{ d.cls }}).filter_by(**filters)
        total = counted.correlate(None).scalar_subquery()
        query = matching.add_columns(total).order_by({{ d.cls }}.id)
        rows = (await self.session.execute(query.limit(limit).offset(offset))).all()
        if rows:
            return [row[0] for row in rows], rows[0][1]
        if offset == 0:
            return [], 0
        return [], await self.session.scalar(select(total)) or 0  # past the last page

    async def get(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }} | None:
        return await self.session.get({{ d.cls }}, {{ d.name }}_id)

    async def find(self, field: str, value: Any) -> {{ d.cls }} | None:
        """One {{ d.title }} whose field holds value, if any."""
        query = select({{ d.cls }}).filter_by(**{field: value}).limit(1)
        return await self.session.scalar(query)

    async def add(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        self.session.add({{ d.name }})
        await self.{{ "_flush" if conflicts else "session.flush" }}()
        return {{ d.name }}

    async def save(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        await self.{{ "_flush" if conflicts else "session.flush" }}()
        return {{ d.name }}
{% if conflicts %}

    async def _flush(self) -> None:
        # The service checked first, but a request at the same time can take a
        # unique value{{ " or delete a referred row" if refs }} before this one is written.
        try:
            await self.session.flush()
        except IntegrityError as error:
            raise {{ d.cls }}SaveConflict() from error
{% endif %}

    async def delete(self, {{ d.name }}: {{ d.cls }}) -> None:
        # Read now: after a failed flush the session can load nothing more.
        {{ d.name }}_id = {{ d.name }}.id
        await self.session.delete({{ d.name }})
        try:
            await self.session.flush()
        except IntegrityError as error:  # another table's row still refers to it
            raise {{ d.cls }}InUse({{ d.name }}_id) from error
{% if refs %}

{% if owned %}
    async def refers_to(self, model: type[Base], row_id: int, owner_id: object) -> bool:
        """Whether a row of model has this id and this owner: a reference to it may
        be stored."""
        row = await self.session.get(model, row_id)
        return row is not None and getattr(row, "owner_id", None) == owner_id
{% else %}
    async def refers_to(self, model: type[Base], row_id: int) -> bool:
        """Whether a row of model has this id: a reference to it may be stored."""
        return await self.session.get(model, row_id) is not None
{% endif %}
{% endif %}
