    "rabbitmq": "RABBITMQ_",
{# Generated from cookiecutters/_shared/flags/rabbitmq/fragments/docker-service-prefixes/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
