    "rabbitmq": "RABBITMQ_",
{# Generated from cookiecutters/_shared/flags/rabbitmq/service.yaml (in the shape cookiecutters/_shared/services/docker-service-prefixes.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
