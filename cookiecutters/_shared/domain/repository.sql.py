"""Where {{ d.titles }} are stored: the only module of the domain that knows the database."""

{{ imports }}


class {{ d.cls }}Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(
        self, limit: int, offset: int, filters: dict[str, Any]
    ) -> tuple[list[{{ d.cls }}], int]:
        query = select({{ d.cls }}).filter_by(**filters)
        total = await self.session.scalar(
            select(func.count()).select_from(query.subquery())
        )
        rows = await self.session.scalars(
            query.order_by({{ d.cls }}.id).limit(limit).offset(offset)
        )
        return list(rows), total or 0

    async def get(self, {{ d.name }}_id: {{ d.cls }}Id) -> {{ d.cls }} | None:
        return await self.session.get({{ d.cls }}, {{ d.name }}_id)

    async def find(self, field: str, value: Any) -> {{ d.cls }} | None:
        """One {{ d.title }} whose field holds value, if any."""
        query = select({{ d.cls }}).filter_by(**{field: value}).limit(1)
        return await self.session.scalar(query)

    async def add(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        self.session.add({{ d.name }})
        await self.session.flush()
        return {{ d.name }}

    async def save(self, {{ d.name }}: {{ d.cls }}) -> {{ d.cls }}:
        await self.session.flush()
        return {{ d.name }}

    async def delete(self, {{ d.name }}: {{ d.cls }}) -> None:
        await self.session.delete({{ d.name }})
        await self.session.flush()
