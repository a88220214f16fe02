from tests.worker_process import discard_waiting_tasks
{# Generated from cookiecutters/_shared/templates/fragments/test-imports/20-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
