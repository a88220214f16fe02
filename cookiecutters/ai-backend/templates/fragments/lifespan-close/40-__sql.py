    await engine.dispose()
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-close/40-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
