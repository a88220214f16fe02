    checks["database"] = state(await ping_database(request.app.state.mongo_client))
{# Generated from cookiecutters/_shared/flags/mongo/fragments/readiness-checks/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
