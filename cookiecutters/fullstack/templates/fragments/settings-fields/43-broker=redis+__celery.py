    broker_url: str = "redis://localhost:6379/0"
{# Generated from cookiecutters/_shared/choices/broker/redis/fragments/settings-fields/43-__celery.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
