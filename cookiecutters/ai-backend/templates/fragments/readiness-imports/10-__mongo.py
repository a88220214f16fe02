from app.db.mongo import ping_database
{# Generated from cookiecutters/_shared/templates/fragments/readiness-imports/10-__mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
