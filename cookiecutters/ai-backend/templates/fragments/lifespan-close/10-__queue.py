    app.state.task_queue.close()
{# Generated from cookiecutters/_shared/templates/fragments/lifespan-close/10-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
