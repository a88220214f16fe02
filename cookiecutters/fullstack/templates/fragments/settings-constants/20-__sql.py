# Plain URLs are accepted and given the async driver the app needs.
ASYNC_DRIVERS = {
{{- fragments("async-drivers") }}
}
{# Generated from cookiecutters/_shared/flags/sql/fragments/settings-constants/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
