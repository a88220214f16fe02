    "DATABASE_URL": "postgres",
{# Generated from cookiecutters/_shared/choices/db/postgres/fragments/docker-setting-services/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
