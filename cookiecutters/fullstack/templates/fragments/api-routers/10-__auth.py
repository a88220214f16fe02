api_router.include_router(auth_router)
{# Generated from cookiecutters/_shared/parts/accounts/flags/auth/fragments/api-routers/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
