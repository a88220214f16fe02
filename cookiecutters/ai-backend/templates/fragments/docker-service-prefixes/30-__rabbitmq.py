    "rabbitmq": "RABBITMQ_",
{# Generated from cookiecutters/_shared/templates/fragments/docker-service-prefixes/30-__rabbitmq.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
