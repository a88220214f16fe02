from app.domains.auth.models import User as User
from app.domains.auth.models import UserSession as UserSession
{# Generated from cookiecutters/rest-api/choices/auth/session/fragments/sql-models/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
