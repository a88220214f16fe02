from app.worker.queue import TaskQueue
