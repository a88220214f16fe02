    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
{# Generated from cookiecutters/_shared/choices/db/postgres/choice.yaml (in the shape cookiecutters/_shared/shapes/database/async-drivers.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
