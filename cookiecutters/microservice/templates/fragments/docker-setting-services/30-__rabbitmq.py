    "BROKER_URL": "rabbitmq",
{# Generated from cookiecutters/_shared/flags/rabbitmq/fragments/docker-setting-services/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
