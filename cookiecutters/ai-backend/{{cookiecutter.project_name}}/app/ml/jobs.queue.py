"""Background prediction jobs on the task queue: a worker (`python -m app.worker`)
runs each (app/ml/tasks.py), and its result waits in Redis for an hour."""

from dataclasses import dataclass
from typing import Any

from fastapi.concurrency import run_in_threadpool

from app.ml.predictor import Predictor
from app.ml.schemas import Features, JobStatus
from app.ml.tasks import PREDICT
from app.worker.queue import TaskQueue


@dataclass
class JobState:
    id: str
    status: JobStatus
    result: Any = None
    error: str | None = None


class Jobs:
    def __init__(self, queue: TaskQueue) -> None:
        self.queue = queue

    async def submit(
        self, predictor: Predictor, rows: list[Features], owner: str
    ) -> JobState:
        del predictor  # the worker loads its own model
        inputs = [row.model_dump() for row in rows]
        # The queue's client blocks on network I/O: off the event loop.
        job_id = await run_in_threadpool(self.queue.enqueue, PREDICT, [inputs], owner)
        return JobState(job_id, "queued")

    async def state(self, job_id: str, owner: str) -> JobState | None:
        """The job, or None when `owner` sent no such job (or it expired)."""
        task = await run_in_threadpool(self.queue.state, job_id, owner)
        if task is None:
            return None
        return JobState(task.id, task.status, task.result, task.error)

    async def close(self) -> None:
        """Nothing of its own: the task queue is closed with the app."""
