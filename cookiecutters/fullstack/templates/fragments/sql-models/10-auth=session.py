from app.domains.auth.user_sessions import UserSession as UserSession

{# Generated from cookiecutters/_shared/parts/accounts/choices/auth/session/choice.yaml (in the shape cookiecutters/_shared/shapes/models/sql-models.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
