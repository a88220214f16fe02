    "mariadb": "MARIADB_",
{# Generated from cookiecutters/_shared/choices/db/mysql/fragments/docker-service-prefixes/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
