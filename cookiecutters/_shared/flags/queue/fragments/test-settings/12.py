    # A queue of this test run's own: no other worker takes its tasks.
    "task_queue": TEST_RUN,
