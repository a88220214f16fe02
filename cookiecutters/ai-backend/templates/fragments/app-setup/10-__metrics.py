    install_metrics(app)
{# Generated from cookiecutters/_shared/templates/fragments/app-setup/10-__metrics.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
