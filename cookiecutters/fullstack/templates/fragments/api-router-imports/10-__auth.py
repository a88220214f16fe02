from app.domains.auth.router import router as auth_router
{# Generated from cookiecutters/_shared/parts/accounts/flags/auth/fragments/api-router-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
