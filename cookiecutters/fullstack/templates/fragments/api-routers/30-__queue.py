api_router.include_router(tasks_router)
{# Generated from cookiecutters/_shared/flags/queue/fragments/api-routers/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
