    "mongodb": "MONGO_INITDB_",
{# Generated from cookiecutters/_shared/choices/db/mongodb/fragments/docker-service-prefixes/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
