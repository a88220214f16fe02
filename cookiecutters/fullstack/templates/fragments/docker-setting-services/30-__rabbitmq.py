    "BROKER_URL": "rabbitmq",
{# Generated from cookiecutters/_shared/flags/rabbitmq/flag.yaml (in the shape cookiecutters/_shared/shapes/service/docker-setting-services.py) by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
