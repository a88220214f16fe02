"""Dependencies of the {{ d.titles }} routes; `valid_{{ d.name }}_id` turns a path id into the {{ d.cls }} it names.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

{{ imports }}

# Ids are counted from 1; one past what a 32-bit id holds names no {{ d.title }}: 422.
MAX_ID = 2**31 - 1
{% if cached %}


async def get_{{ d.name }}_service(
    request: Request, cache: CacheDep, settings: SettingsDep
) -> {{ d.cls }}Service:
    repository = {{ d.cls }}Repository(request.app.state.{{ d.name }}_store)
    return Cached{{ d.cls }}Service(repository, cache, settings.cache_ttl_seconds)
{% else %}


async def get_{{ d.name }}_service(request: Request) -> {{ d.cls }}Service:
    return {{ d.cls }}Service({{ d.cls }}Repository(request.app.state.{{ d.name }}_store))
{% endif %}


{{ d.cls }}ServiceDep = Annotated[{{ d.cls }}Service, Depends(get_{{ d.name }}_service)]
{{ d.cls }}IdPath = Annotated[{{ d.cls }}Id, Path(ge=1, le=MAX_ID)]
{% include "dependencies.lookups.py" %}
{# Generated from cookiecutters/_shared/domain/dependencies.memory.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
