        "mongodb_database": f"{DATABASE_NAME}_test",
{# Generated from cookiecutters/_shared/templates/fragments/test-settings/10-__mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
