    app.state.jobs = Jobs(app.state.task_queue)
{# Generated from cookiecutters/ai-backend/flags/queue/fragments/lifespan-open/60.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
