{%- set c = cookiecutter -%}
"""Every router the API serves, under /api/v1.

A new domain adds one import and one include_router line here.
"""

from fastapi import APIRouter
{% if c.__queue %}
from app.api.tasks import router as tasks_router
{%- endif %}
{%- if c.__auth %}
from app.domains.auth.router import router as auth_router
{%- endif %}
from app.domains.items.router import router as items_router

api_router = APIRouter(prefix="/api/v1")
{%- if c.__auth %}
api_router.include_router(auth_router)
{%- endif %}
api_router.include_router(items_router)
{%- if c.__queue %}
api_router.include_router(tasks_router)
{%- endif %}
