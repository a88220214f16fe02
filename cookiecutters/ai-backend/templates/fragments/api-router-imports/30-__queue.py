from app.api.tasks import router as tasks_router
{# Generated from cookiecutters/_shared/templates/fragments/api-router-imports/30-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
