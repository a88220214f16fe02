    checks["database"] = state(await ping_database(request.app.state.engine))
{# Generated from cookiecutters/_shared/templates/fragments/readiness-checks/10-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
