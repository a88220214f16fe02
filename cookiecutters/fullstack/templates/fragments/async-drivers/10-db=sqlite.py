    "sqlite": "sqlite+aiosqlite",
{# Generated from cookiecutters/_shared/choices/db/sqlite/fragments/async-drivers/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
