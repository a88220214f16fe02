    User,
    RefreshToken,
{# Generated from cookiecutters/rest-api/flags/tokens/fragments/mongo-documents/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
