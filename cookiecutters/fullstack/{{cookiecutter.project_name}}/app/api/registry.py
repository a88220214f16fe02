{#- Generated from cookiecutters/_shared/project/app/api/registry.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Every router the API serves, under /api/v1{% if c.__verify %}: each route needs a bearer
token from the trusted issuer (app/core/tokens.py); /health and /metrics do not{% endif %}.

A new domain adds one import and one include_router line here, below the others.
"""

from fastapi import APIRouter, Depends

{% filter sort_imports -%}
from app.api.query import refuse_repeated_parameters
from app.core.errors import error_responses
from app.domains.item.router import router as item_router
{{- fragments("api-router-imports") }}
{% endfilter %}
# Any operation may get a body it cannot parse (400), one over the size limit (413),
# input the validator refuses (422) or headers over theirs (431){% if c.__verify %}; without a valid token it gets 401,
# without the scope it needs 403, and 503 while the issuer's keys cannot be fetched{% endif %}.
api_router = APIRouter(
    prefix="/api/v1",
{%- if c.__verify %}
    dependencies=[Depends(refuse_repeated_parameters), Depends(current_caller)],
    responses=error_responses(400, 401, 403, 413, 422, 431, 503),
{%- else %}
    dependencies=[Depends(refuse_repeated_parameters)],
    responses=error_responses(400, 413, 422, 431),
{%- endif %}
)
{{- fragments("api-routers") }}
# The domains' routers, last: create-domain adds its lines below.
api_router.include_router(item_router)
