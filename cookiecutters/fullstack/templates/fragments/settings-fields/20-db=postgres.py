    database_url: str = f"postgresql://postgres@localhost:5432/{DATABASE_NAME}"
{# Generated from cookiecutters/_shared/choices/db/postgres/choice.yaml (in the shape cookiecutters/_shared/shapes/database/settings-fields.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
