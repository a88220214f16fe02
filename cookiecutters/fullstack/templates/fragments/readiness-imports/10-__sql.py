from app.db.session import ping_database
{# Generated from cookiecutters/_shared/flags/sql/fragments/readiness-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
