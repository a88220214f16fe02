from app.lifespan import lifespan
{# Generated from cookiecutters/_shared/flags/lifespan/fragments/app-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
