    "postgres": "POSTGRES_",
{# Generated from cookiecutters/_shared/templates/fragments/docker-service-prefixes/10-db=postgres.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
