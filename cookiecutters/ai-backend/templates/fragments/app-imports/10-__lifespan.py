from app.lifespan import lifespan
{# Generated from cookiecutters/_shared/templates/fragments/app-imports/10-__lifespan.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
