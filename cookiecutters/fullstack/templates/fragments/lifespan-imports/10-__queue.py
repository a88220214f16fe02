from app.worker.queue import TaskQueue
{# Generated from cookiecutters/_shared/flags/queue/fragments/lifespan-imports/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
