    checks["cache"] = state(await request.app.state.cache.ping())
{# Generated from cookiecutters/_shared/templates/fragments/readiness-checks/20-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
