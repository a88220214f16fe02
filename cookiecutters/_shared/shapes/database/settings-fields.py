    database_url: str = f"<< s.url >>{DATABASE_NAME}"
