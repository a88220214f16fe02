from app.core.tokens import current_caller
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/api-router-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
