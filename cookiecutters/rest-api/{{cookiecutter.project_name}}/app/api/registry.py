{%- set c = cookiecutter -%}
"""Every router the API serves, under /api/v1.

A new domain adds one import and one include_router line here.
"""

from fastapi import APIRouter
{% if c.__queue %}
from app.api.tasks import router as tasks_router
{%- endif %}
from app.core.errors import error_responses
{%- if c.__auth %}
from app.domains.auth.router import router as auth_router
{%- endif %}
from app.domains.items.router import router as items_router

# Any operation may get a body it cannot parse (400), one over the size limit (413)
# or input the validator refuses (422).
api_router = APIRouter(prefix="/api/v1", responses=error_responses(400, 413, 422))
{%- if c.__auth %}
api_router.include_router(auth_router)
{%- endif %}
api_router.include_router(items_router)
{%- if c.__queue %}
api_router.include_router(tasks_router)
{%- endif %}
