    checks["database"] = state(await ping_database(request.app.state.mongo_client))
{# Generated from cookiecutters/_shared/templates/fragments/readiness-checks/10-__mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
