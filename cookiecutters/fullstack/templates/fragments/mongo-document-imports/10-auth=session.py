from app.domains.auth.user_sessions import UserSession
{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/choice.yaml (in the shape cookiecutters/_shared/shapes/models/mongo-document-imports.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
