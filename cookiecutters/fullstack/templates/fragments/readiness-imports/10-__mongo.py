from app.db.mongo import ping_database
{# Generated from cookiecutters/_shared/flags/mongo/fragments/readiness-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
