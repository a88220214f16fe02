    **issuer_settings(),
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/test-settings/20-__verify.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
