    app.state.task_queue = TaskQueue(settings)
