    "mysql": "mysql+aiomysql",
    "mariadb": "mysql+aiomysql",
{# Generated from cookiecutters/_shared/choices/db/mysql/choice.yaml (in the shape cookiecutters/_shared/shapes/database/async-drivers.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
