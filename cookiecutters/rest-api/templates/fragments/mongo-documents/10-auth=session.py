    User,
    UserSession,
{# Generated from cookiecutters/rest-api/choices/auth/session/fragments/mongo-documents/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
