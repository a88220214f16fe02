    client.close()
{# Generated from cookiecutters/_shared/flags/mongo/fragments/lifespan-close/40.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
