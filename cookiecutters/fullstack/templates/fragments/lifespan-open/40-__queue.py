    app.state.task_queue = TaskQueue(settings)
{# Generated from cookiecutters/_shared/flags/queue/fragments/lifespan-open/40.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
