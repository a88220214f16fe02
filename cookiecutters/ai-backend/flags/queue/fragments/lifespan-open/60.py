    app.state.jobs = Jobs(app.state.task_queue)
