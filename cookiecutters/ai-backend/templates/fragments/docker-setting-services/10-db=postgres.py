    "DATABASE_URL": "postgres",
{# Generated from cookiecutters/_shared/templates/fragments/docker-setting-services/10-db=postgres.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
