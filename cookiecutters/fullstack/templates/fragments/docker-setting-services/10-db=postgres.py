    "DATABASE_URL": "postgres",
{# Generated from cookiecutters/_shared/choices/db/postgres/choice.yaml (in the shape cookiecutters/_shared/shapes/service/docker-setting-services.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
