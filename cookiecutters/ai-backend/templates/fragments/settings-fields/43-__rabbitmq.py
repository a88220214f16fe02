    broker_url: str = "amqp://guest:guest@localhost:5672//"
{# Generated from cookiecutters/_shared/templates/fragments/settings-fields/43-__rabbitmq.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
