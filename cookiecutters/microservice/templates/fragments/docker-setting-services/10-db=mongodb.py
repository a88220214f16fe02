    "MONGODB_URL": "mongodb",
{# Generated from cookiecutters/_shared/choices/db/mongodb/fragments/docker-setting-services/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
