    "DATABASE_URL": "mariadb",
{# Generated from cookiecutters/_shared/templates/fragments/docker-setting-services/10-db=mysql.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
