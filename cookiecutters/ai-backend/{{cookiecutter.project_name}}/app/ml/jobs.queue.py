"""Background prediction jobs on the task queue: a worker (`python -m app.worker`)
runs each (app/ml/tasks.py), and its result waits in Redis for an hour."""

from fastapi.concurrency import run_in_threadpool

from app.ml.model_io import ModelInput
from app.ml.predictor import Predictor
from app.ml.tasks import PREDICT
from app.worker.queue import TaskQueue, TaskState


class Jobs:
    def __init__(self, queue: TaskQueue) -> None:
        self.queue = queue

    async def submit(
        self, predictor: Predictor, rows: list[ModelInput], owner: str
    ) -> TaskState:
        del predictor  # the worker loads its own model
        inputs = [row.model_dump() for row in rows]
        # The queue's client blocks on network I/O: off the event loop.
        job_id = await run_in_threadpool(self.queue.enqueue, PREDICT, [inputs], owner)
        return TaskState(job_id, "queued")

    async def state(self, job_id: str, owner: str) -> TaskState | None:
        """The job, or None when `owner` sent no such job (or it expired)."""
        return await run_in_threadpool(self.queue.state, job_id, owner)

    async def close(self) -> None:
        """Nothing of its own: the task queue is closed with the app."""
