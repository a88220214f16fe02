    app.state.task_queue.close()
{# Generated from cookiecutters/_shared/flags/queue/fragments/lifespan-close/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
