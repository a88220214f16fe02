"""Dependencies of the {{ d.titles }} routes; `valid_{{ d.name }}_id` turns a path id into a {{ d.cls }}.

Each is `async def` even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a thread hop on every request.
"""

{{ imports }}


async def get_{{ d.name }}_service() -> {{ d.cls }}Service:
    return {{ d.cls }}Service({{ d.cls }}Repository())


{{ d.cls }}ServiceDep = Annotated[{{ d.cls }}Service, Depends(get_{{ d.name }}_service)]
{{ d.cls }}IdPath = {{ d.cls }}Id
{% include "dependencies.lookups.py" %}
