    database_url: str = f"mysql://root@localhost:3306/{DATABASE_NAME}"
{# Generated from cookiecutters/_shared/choices/db/mysql/choice.yaml (in the shape cookiecutters/_shared/shapes/database/settings-fields.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
