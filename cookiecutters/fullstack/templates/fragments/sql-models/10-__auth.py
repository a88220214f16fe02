from app.domains.auth.models import User as User

{# Generated from cookiecutters/_shared/parts/accounts/flags/auth/flag.yaml (in the shape cookiecutters/_shared/shapes/models/sql-models.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
