from app.core.metrics import install_metrics
{# Generated from cookiecutters/_shared/templates/fragments/app-imports/10-__metrics.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
