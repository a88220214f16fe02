from app.db.session import install_database_error_handlers
{# Generated from cookiecutters/_shared/templates/fragments/app-imports/10-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
