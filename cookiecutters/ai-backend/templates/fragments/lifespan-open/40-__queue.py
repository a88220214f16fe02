    app.state.task_queue = TaskQueue(settings)
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-open/40-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
