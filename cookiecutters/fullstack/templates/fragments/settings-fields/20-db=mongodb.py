    mongodb_url: str = "mongodb://localhost:27017"
    mongodb_database: str = DATABASE_NAME
    # How long start-up waits for the server before failing with a message.
    mongodb_timeout_ms: int = 2000
{# Generated from cookiecutters/_shared/choices/db/mongodb/fragments/settings-fields/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
