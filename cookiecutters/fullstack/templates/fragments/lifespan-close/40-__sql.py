    await engine.dispose()
{# Generated from cookiecutters/_shared/flags/sql/fragments/lifespan-close/40.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
