    database_url: str = f"sqlite:///./{DATABASE_NAME}.db"
{# Generated from cookiecutters/_shared/templates/fragments/settings-fields/20-db=sqlite.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
