    "BROKER_URL": "redis",
{# Generated from cookiecutters/_shared/flags/celery/fragments/docker-setting-services/30-!__rabbitmq.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
