from app.db.session import (
    create_engine,
    create_reads_only_sessionmaker,
    create_sessionmaker,
)
