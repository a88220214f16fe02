    broker_url: str = "redis://localhost:6379/0"
{# Generated from cookiecutters/_shared/templates/fragments/settings-fields/43-__celery+broker=redis.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
