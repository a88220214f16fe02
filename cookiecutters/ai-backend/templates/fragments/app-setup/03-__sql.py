    install_database_error_handlers(app)
{# Generated from cookiecutters/_shared/templates/fragments/app-setup/03-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
