"""Background prediction jobs without a task queue: each runs in this process, on the
predictor's threads, and is kept in memory for an hour.

Memory stays bounded and no caller can crowd out another: a caller may have
JOBS_IN_FLIGHT_PER_CALLER jobs unfinished (429 past that) and keeps at most
JOBS_KEPT_PER_CALLER (a new job pushes out that caller's own oldest finished one).
When the process holds MAX_JOBS in all, a new job pushes out the oldest finished job
of whichever caller keeps the most.

A restart forgets them, and each API process has its own: a project generated with
a task queue (--queue) keeps its jobs outside the API and runs them in workers.
"""

import asyncio
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from uuid import uuid4

from app.core.config import Settings
from app.core.errors import TooManyRequestsError
from app.ml.model_io import ModelInput, ModelOutput
from app.ml.predictor import Predictor
from app.ml.schemas import JobStatus

logger = logging.getLogger(__name__)
KEEP_SECONDS = 3600
MAX_JOBS = 1_000
JOB_FAILED = "The job failed"
DONE = ("succeeded", "failed")
RETRY_AFTER_SECONDS = 5


@dataclass
class JobState:
    id: str
    status: JobStatus
    result: list[ModelOutput] | None = None
    error: str | None = None
    owner: str = field(default="", repr=False)
    created: float = field(default_factory=time.monotonic, repr=False)


class Jobs:
    def __init__(self, settings: Settings) -> None:
        self.in_flight_per_caller = settings.jobs_in_flight_per_caller
        self.kept_per_caller = settings.jobs_kept_per_caller
        self._jobs: dict[str, JobState] = {}  # oldest first: dicts keep their order
        self._running: set[asyncio.Task[None]] = set()

    async def submit(
        self, predictor: Predictor, rows: list[ModelInput], owner: str
    ) -> JobState:
        self._forget_old()
        mine = [job for job in self._jobs.values() if job.owner == owner]
        if sum(job.status not in DONE for job in mine) >= self.in_flight_per_caller:
            raise TooManyRequestsError(
                "Too many jobs of yours unfinished: wait for one to end",
                RETRY_AFTER_SECONDS,
            )
        if len(mine) >= self.kept_per_caller and not self._forget_finished(owner):
            raise TooManyRequestsError(
                "Too many jobs of yours kept", RETRY_AFTER_SECONDS
            )
        full = len(self._jobs) >= MAX_JOBS
        if full and not self._forget_finished(self._top_owner()):
            raise TooManyRequestsError(
                "Too many jobs running: try again shortly", RETRY_AFTER_SECONDS
            )
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

    def _top_owner(self) -> str:
        """The caller who keeps the most jobs."""
        return Counter(job.owner for job in self._jobs.values()).most_common(1)[0][0]

    def _forget_finished(self, owner: str) -> bool:
        """Forget `owner`'s oldest finished job; False when they have none."""
        finished = (
            i
            for i, job in self._jobs.items()
            if job.owner == owner and job.status in DONE
        )
        oldest = next(finished, None)
        if oldest is None:
            return False
        del self._jobs[oldest]
        return True

    async def close(self) -> None:
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
