from app.domains.auth.models import RefreshToken, User
{# Generated from cookiecutters/rest-api/flags/tokens/fragments/mongo-document-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
