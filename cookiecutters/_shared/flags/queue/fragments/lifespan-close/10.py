    app.state.task_queue.close()
