    database_url: str = f"postgresql://postgres@localhost:5432/{DATABASE_NAME}"
