    # The queue the API sends tasks to and the worker takes them from.
    task_queue: str = PROJECT_NAME
