    # A queue of this test run's own: no other worker takes its tasks.
    "task_queue": TEST_RUN,
{# Generated from cookiecutters/_shared/flags/queue/fragments/test-settings/12.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
