

async def valid_{{ d.name }}_id({{ d.name }}_id: {{ d.cls }}IdPath, service: {{ d.cls }}ServiceDep) -> {{ d.cls }}:
    """The {{ d.title }} named in the path, or a 404 in the common error shape."""
    return await service.get_{{ d.name }}({{ d.name }}_id)


Valid{{ d.cls }} = Annotated[{{ d.cls }}, Depends(valid_{{ d.name }}_id)]
{% if owned %}


async def owned_{{ d.name }}_id(
    {{ d.name }}_id: {{ d.cls }}IdPath, user: CurrentUser, service: {{ d.cls }}ServiceDep
) -> {{ d.cls }}:
    """The {{ d.title }} named in the path, if the signed-in user owns it (else 401/403/404)."""
    {{ d.name }} = await service.get_{{ d.name }}({{ d.name }}_id)
    if {{ d.name }}.owner_id != user.id:
        raise {{ d.cls }}NotYours({{ d.name }}_id)
    return {{ d.name }}


Owned{{ d.cls }} = Annotated[{{ d.cls }}, Depends(owned_{{ d.name }}_id)]
{% endif %}
{# Generated from cookiecutters/_shared/domain/dependencies.lookups.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
