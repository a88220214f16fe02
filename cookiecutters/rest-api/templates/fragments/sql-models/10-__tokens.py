from app.domains.auth.models import RefreshToken as RefreshToken
from app.domains.auth.models import User as User
{# Generated from cookiecutters/rest-api/flags/tokens/fragments/sql-models/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
