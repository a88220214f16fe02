    "DATABASE_URL": "mariadb",
{# Generated from cookiecutters/_shared/choices/db/mysql/choice.yaml (in the shape cookiecutters/_shared/shapes/service/docker-setting-services.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
