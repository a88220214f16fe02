from app.domains.auth.models import User, UserSession
{# Generated from cookiecutters/rest-api/choices/auth/session/fragments/mongo-document-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
