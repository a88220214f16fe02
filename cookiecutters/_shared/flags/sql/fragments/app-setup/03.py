    install_database_error_handlers(app)
