from app.api.tasks import router as tasks_router
{# Generated from cookiecutters/_shared/flags/queue/fragments/api-router-imports/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
