from app.db.mongo import connect, open_client
{# Generated from cookiecutters/_shared/flags/mongo/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
