"""The {{ d.titles }} API: create, list (paginated{{ ", filtered" if filterable }}), read, update, delete.
{#- `+%}` keeps the line break: a one-line docstring closes on its line. #}
{%- if owned +%}

Reading is public; creating needs a signed-in user, who then owns the {{ d.title }}; only
the owner may change or delete it (403 for anyone else).
{% endif %}"""

{{ imports }}

router = APIRouter(prefix="/{{ d.url }}", tags=["{{ d.url }}"])
{% if owned %}
# Signed-in operations: 401 without a user, 403 when not allowed.
SIGNED_IN = error_responses(401, 403)
{% endif %}
{% set body_rules = refs or "json" in types %}
{% if body_rules %}
# Said in the OpenAPI document: rules the body's schema cannot state.
BODY_RULES = {
    "x-rules-beyond-schema": [
{% if refs %}
        "Each reference names a stored record{{ ' of the caller' if owned }}, or the request is refused (422)",
{% endif %}
{% if "json" in types %}
        "A json field nests at most 32 levels, its whole numbers fit in 64 bits (signed) "
        "and its keys hold no NUL character, or the request is refused (422)",
{% endif %}
    ]
}
{% endif %}
{% set changed = "Owned" if owned else "Valid" %}
{# Update: 409 on a unique value taken. Delete (SQL): 409 while another record refers to it. #}
{% macro responses(codes) %}{% if owned %}{**SIGNED_IN, **error_responses({{ codes }})}{% else %}error_responses({{ codes }}){% endif %}{% endmacro %}


@router.get("")
{% if reads_only %}
@reads_only
{% endif %}
async def list_{{ d.plural }}(
    params: PageParamsDep,
{% if filterable %}
    filters: Annotated[{{ d.cls }}Filter, Query()],
{% endif %}
    service: {{ d.cls }}ServiceDep,
) -> Page[{{ d.cls }}Public]:
    return await service.list_{{ d.plural }}(params{{ ", filters" if filterable }})


@router.post("", status_code=201{{ ", responses=" ~ responses("409") if conflicts else ", responses=SIGNED_IN" if owned }}{{ ", openapi_extra=BODY_RULES" if body_rules }})
async def create_{{ d.name }}(
    data: {{ d.cls }}Create,
{% if owned %}
    user: CurrentUser,
{% endif %}
    service: {{ d.cls }}ServiceDep,
) -> {{ d.cls }}Public:
    created = await service.create_{{ d.name }}(data{{ ", user" if owned }})
    return {{ d.cls }}Public.model_validate(created)


@router.get("/{ {{- d.name }}_id}", responses=error_responses(404))
{% if reads_only %}
@reads_only
{% endif %}
async def read_{{ d.name }}({{ d.name }}_id: {{ d.cls }}IdPath, service: {{ d.cls }}ServiceDep) -> {{ d.cls }}Public:
    return await service.read_{{ d.name }}({{ d.name }}_id)


@router.patch("/{ {{- d.name }}_id}", responses={{ responses("404, 409" if conflicts else "404") }}{{ ", openapi_extra=BODY_RULES" if body_rules }})
async def update_{{ d.name }}(
    {{ d.name }}: {{ changed }}{{ d.cls }},
    data: {{ d.cls }}Update,
    service: {{ d.cls }}ServiceDep,
) -> {{ d.cls }}Public:
    updated = await service.update_{{ d.name }}({{ d.name }}, data)
    return {{ d.cls }}Public.model_validate(updated)


@router.delete(
    "/{ {{- d.name }}_id}",
    status_code=204,
    responses={{ responses("404" if store == "memory" else "404, 409") }},
)
async def delete_{{ d.name }}({{ d.name }}: {{ changed }}{{ d.cls }}, service: {{ d.cls }}ServiceDep) -> None:
    await service.delete_{{ d.name }}({{ d.name }})
{# Generated from cookiecutters/_shared/domain/router.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
