    install_database_error_handlers(app)
{# Generated from cookiecutters/_shared/flags/sql/fragments/app-setup/03.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
