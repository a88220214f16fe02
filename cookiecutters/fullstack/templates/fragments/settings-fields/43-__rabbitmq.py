    broker_url: str = "amqp://guest:guest@localhost:5672//"
{# Generated from cookiecutters/_shared/flags/rabbitmq/fragments/settings-fields/43.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
