    database_url: str = f"sqlite:///./{DATABASE_NAME}.db"
{# Generated from cookiecutters/_shared/choices/db/sqlite/fragments/settings-fields/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
