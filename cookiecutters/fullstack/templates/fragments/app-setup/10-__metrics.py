    install_metrics(app)
{# Generated from cookiecutters/_shared/flags/metrics/fragments/app-setup/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
