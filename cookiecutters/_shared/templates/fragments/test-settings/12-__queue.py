        # A queue of this test run's own: no other worker takes its tasks.
        "task_queue": f"{PROJECT_NAME}-test-{uuid4().hex[:8]}",
