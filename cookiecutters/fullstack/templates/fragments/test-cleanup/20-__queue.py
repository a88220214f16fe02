            # Tasks no worker took would count against their senders in later tests.
            discard_waiting_tasks(app.state.task_queue)
{# Generated from cookiecutters/_shared/flags/queue/fragments/test-cleanup/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
