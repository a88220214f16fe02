from app.db.session import (
    create_engine,
    create_reads_only_sessionmaker,
    create_sessionmaker,
)
{# Generated from cookiecutters/_shared/flags/sql/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
