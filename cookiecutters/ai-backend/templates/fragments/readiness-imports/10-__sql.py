from app.db.session import ping_database
{# Generated from cookiecutters/_shared/templates/fragments/readiness-imports/10-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
