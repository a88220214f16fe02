"""Dependencies of the {{ d.titles }} routes; `valid_{{ d.name }}_id` turns a path id into the {{ d.cls }} it names.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

{{ imports }}


{% if cached %}
async def get_{{ d.name }}_service(cache: CacheDep, settings: SettingsDep) -> {{ d.cls }}Service:
    return Cached{{ d.cls }}Service({{ d.cls }}Repository(), cache, settings.cache_ttl_seconds)
{% else %}
async def get_{{ d.name }}_service() -> {{ d.cls }}Service:
    return {{ d.cls }}Service({{ d.cls }}Repository())
{% endif %}


{{ d.cls }}ServiceDep = Annotated[{{ d.cls }}Service, Depends(get_{{ d.name }}_service)]
{{ d.cls }}IdPath = {{ d.cls }}Id
{% include "dependencies.lookups.py" %}
{# Generated from cookiecutters/_shared/domain/dependencies.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
