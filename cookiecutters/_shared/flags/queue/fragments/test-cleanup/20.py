            # Tasks no worker took would count against their senders in later tests.
            discard_waiting_tasks(app.state.task_queue)
