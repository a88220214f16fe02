    database_url: str = f"postgresql://postgres@localhost:5432/{DATABASE_NAME}"
{# Generated from cookiecutters/_shared/choices/db/postgres/fragments/settings-fields/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
