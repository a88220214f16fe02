    database_url: str = f"mysql://root@localhost:3306/{DATABASE_NAME}"
