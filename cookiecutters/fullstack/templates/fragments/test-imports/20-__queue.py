from tests.worker_process import discard_waiting_tasks
{# Generated from cookiecutters/_shared/flags/queue/fragments/test-imports/20.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
