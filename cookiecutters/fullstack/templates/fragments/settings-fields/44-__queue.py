    # The queue the API sends tasks to and the worker takes them from.
    task_queue: str = PROJECT_NAME
    # Tasks one sender may have unfinished at once (429 past that); without auth,
    # every client is the same sender.
    tasks_in_flight_per_owner: int = 10
{# Generated from cookiecutters/_shared/flags/queue/fragments/settings-fields/44.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
