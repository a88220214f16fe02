from app.db.session import install_database_error_handlers
{# Generated from cookiecutters/_shared/flags/sql/fragments/app-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
