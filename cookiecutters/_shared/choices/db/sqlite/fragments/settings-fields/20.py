    database_url: str = f"sqlite:///./{DATABASE_NAME}.db"
