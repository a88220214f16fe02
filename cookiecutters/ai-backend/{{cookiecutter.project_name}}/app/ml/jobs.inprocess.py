"""Background prediction jobs without a task queue: each runs in this process, on the
predictor's threads, and is kept in memory for an hour, or until MAX_JOBS newer ones
push it out (memory stays bounded; only unfinished jobs can fill it, and they end).

A restart forgets them, and each API process has its own: a project generated with
a task queue (--queue) keeps its jobs outside the API and runs them in workers.
"""

import asyncio
import logging
import time
from dataclasses import dataclass, field
from uuid import uuid4

from app.core.errors import TooManyRequestsError
from app.ml.model_io import ModelInput, ModelOutput
from app.ml.predictor import Predictor
from app.ml.schemas import JobStatus

logger = logging.getLogger(__name__)
KEEP_SECONDS = 3600
MAX_JOBS = 1_000
JOB_FAILED = "The job failed"
DONE = ("succeeded", "failed")


@dataclass
class JobState:
    id: str
    status: JobStatus
    result: list[ModelOutput] | None = None
    error: str | None = None
    owner: str = field(default="", repr=False)
    created: float = field(default_factory=time.monotonic, repr=False)


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, JobState] = {}
        self._running: set[asyncio.Task[None]] = set()

    async def submit(
        self, predictor: Predictor, rows: list[ModelInput], owner: str
    ) -> JobState:
        self._forget_old()
        if len(self._jobs) >= MAX_JOBS and not self._forget_oldest_finished():
            raise TooManyRequestsError("Too many jobs running: try again shortly", 5)
        job = JobState(uuid4().hex, "queued", owner=owner)
        self._jobs[job.id] = job
        task = asyncio.create_task(self._run(job, predictor, rows))
        self._running.add(task)  # held until done: the loop keeps only weak references
        task.add_done_callback(self._running.discard)
        return job

    async def _run(
        self, job: JobState, predictor: Predictor, rows: list[ModelInput]
    ) -> None:
        job.status = "running"
        try:
            job.result = await predictor.predict(rows)
        except Exception:
            logger.exception("job %s failed", job.id)
            job.status, job.error = "failed", JOB_FAILED
            return
        job.status = "succeeded"

    async def state(self, job_id: str, owner: str) -> JobState | None:
        """The job, or None when `owner` sent no such job (or it was forgotten)."""
        job = self._jobs.get(job_id)
        return job if job is not None and job.owner == owner else None

    def _forget_old(self) -> None:
        oldest = time.monotonic() - KEEP_SECONDS
        for job_id in [i for i, job in self._jobs.items() if job.created < oldest]:
            del self._jobs[job_id]

    def _forget_oldest_finished(self) -> bool:
        finished = (i for i, job in self._jobs.items() if job.status in DONE)
        oldest = next(finished, None)  # dicts keep insertion order: oldest first
        if oldest is None:
            return False
        del self._jobs[oldest]
        return True

    async def close(self) -> None:
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
