from app.worker.queue import TaskQueue
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-imports/10-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
