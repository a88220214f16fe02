"""Every router the API serves, under /api/v1.

A new domain adds one import and one include_router line here.
"""

from fastapi import APIRouter

{% filter sort_imports -%}
from app.core.errors import error_responses
from app.domains.items.router import router as items_router
{{- fragments("api-router-imports") }}
{% endfilter %}
# Any operation may get a body it cannot parse (400), one over the size limit (413)
# or input the validator refuses (422).
api_router = APIRouter(prefix="/api/v1", responses=error_responses(400, 413, 422))
api_router.include_router(items_router)
{{- fragments("api-routers") }}
