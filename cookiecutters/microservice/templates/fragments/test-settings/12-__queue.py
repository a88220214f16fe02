        # A queue of this test run's own: no other worker takes its tasks.
        "task_queue": f"{PROJECT_NAME}-test-{uuid4().hex[:8]}",
{# Generated from cookiecutters/_shared/templates/fragments/test-settings/12-__queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
