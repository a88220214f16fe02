    mongodb_url: str = "mongodb://localhost:27017"
    mongodb_database: str = DATABASE_NAME
    # How long start-up waits for the server before failing with a message.
    mongodb_timeout_ms: int = 2000
