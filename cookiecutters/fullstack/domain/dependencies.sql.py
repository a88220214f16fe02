"""Dependencies of the {{ d.titles }} routes; `valid_{{ d.name }}_id` turns a path id into the {{ d.cls }} it names.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

{{ imports }}


{% if cached %}
async def get_{{ d.name }}_service(
    session: SessionDep, cache: CacheDep, settings: SettingsDep
) -> {{ d.cls }}Service:
    return Cached{{ d.cls }}Service({{ d.cls }}Repository(session), cache, settings.cache_ttl_seconds)
{% else %}
async def get_{{ d.name }}_service(session: SessionDep) -> {{ d.cls }}Service:
    return {{ d.cls }}Service({{ d.cls }}Repository(session))
{% endif %}


{{ d.cls }}ServiceDep = Annotated[{{ d.cls }}Service, Depends(get_{{ d.name }}_service)]
# An id past the column's range names no {{ d.title }}: 422, never a database error.
{{ d.cls }}IdPath = Annotated[{{ d.cls }}Id, Path(ge=1, le=MAX_ROW_ID)]
{% include "dependencies.lookups.py" %}
{# Generated from cookiecutters/_shared/domain/dependencies.sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
