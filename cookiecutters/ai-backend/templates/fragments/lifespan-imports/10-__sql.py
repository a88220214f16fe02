from app.db.session import create_engine, create_sessionmaker
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-imports/10-__sql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
