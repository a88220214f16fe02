    checks["cache"] = state(await request.app.state.cache.ping())
{# Generated from cookiecutters/_shared/flags/cache/fragments/readiness-checks/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
