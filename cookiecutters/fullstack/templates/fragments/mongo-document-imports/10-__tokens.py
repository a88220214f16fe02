from app.domains.auth.refresh_tokens import RefreshToken
{# Generated from cookiecutters/_shared/parts/accounts/flags/tokens/flag.yaml (in the shape cookiecutters/_shared/shapes/models/mongo-document-imports.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
