    "MONGODB_URL": "mongodb",
{# Generated from cookiecutters/_shared/templates/fragments/docker-setting-services/10-db=mongodb.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
