from app.core.metrics import install_metrics
{# Generated from cookiecutters/_shared/flags/metrics/fragments/app-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
