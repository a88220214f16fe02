    access_token_minutes: int = 15
    refresh_token_days: int = 7
{# Generated from cookiecutters/_shared/parts/accounts/flags/tokens/fragments/settings-fields/51.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
