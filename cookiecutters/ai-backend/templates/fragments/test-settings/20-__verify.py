    **issuer_settings(),
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/test-settings/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
