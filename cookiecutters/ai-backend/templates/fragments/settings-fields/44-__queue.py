    # The queue the API sends tasks to and the worker takes them from.
    task_queue: str = PROJECT_NAME
{# Generated from cookiecutters/_shared/templates/fragments/settings-fields/44-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
