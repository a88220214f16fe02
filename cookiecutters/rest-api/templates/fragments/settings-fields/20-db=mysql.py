    database_url: str = f"mysql://root@localhost:3306/{DATABASE_NAME}"
{# Generated from cookiecutters/_shared/choices/db/mysql/fragments/settings-fields/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
