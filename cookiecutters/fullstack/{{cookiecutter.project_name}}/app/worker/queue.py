{#- Generated from cookiecutters/_shared/project/app/worker/queue.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
{%- if c.__celery -%}
"""The task queue: Celery through {{ 'RabbitMQ' if c.__rabbitmq else 'Redis' }} (BROKER_URL), results in Redis (REDIS_URL).

The API sends tasks by name; `create_celery` registers the same names, which is
what the worker runs.
"""
{%- else -%}
"""The task queue: RQ on Redis (REDIS_URL)."""
{%- endif %}

import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal
{% if c.__celery %}
from celery import Celery
from celery.result import AsyncResult
from fastapi import Depends, Request
from kombu.exceptions import OperationalError
from redis import Redis
{%- else %}
from fastapi import Depends, Request
from redis import Redis, RedisError
from rq import Queue, Worker
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
{%- endif %}

from app.core.config import Settings
from app.core.errors import TooManyRequestsError
from app.worker.tasks import TASKS

Status = Literal["queued", "running", "succeeded", "failed"]
# What a client sees of a failure; the worker's log has the exception.
TASK_FAILED = "The task failed"
# How long results, and who sent each task, are kept.
RESULT_TTL_SECONDS = 3600


@dataclass(frozen=True)
class TaskState:
    id: str
    status: Status
    result: Any = None
    error: str | None = None


class TooManyTasks(TooManyRequestsError):
    def __init__(self) -> None:
        super().__init__("Too many tasks of yours unfinished: wait for one to end", 5)


class TaskOwners:
    """Who sent each task, kept in Redis as long as its result: only they may read
    it. And each sender's unfinished tasks, so that no sender fills the queue."""

    def __init__(self, redis: Redis, queue_name: str) -> None:
        self.redis = redis
        self.prefix = f"{queue_name}:owner:"
        self.unfinished_prefix = f"{queue_name}:unfinished:"

    def record(self, task_id: str, owner: str) -> None:
        with self.redis.pipeline() as pipe:
            pipe.set(self.prefix + task_id, owner, ex=RESULT_TTL_SECONDS)
            pipe.sadd(self.unfinished_prefix + owner, task_id)
            pipe.expire(self.unfinished_prefix + owner, RESULT_TTL_SECONDS)
            pipe.execute()

    def sent(self, task_id: str, owner: str) -> bool:
        return self.redis.get(self.prefix + task_id) == owner.encode()

    def forget_unfinished(self) -> None:
        """Every sender starts again from none (once the queue has been emptied)."""
        for key in self.redis.scan_iter(self.unfinished_prefix + "*"):
            self.redis.delete(key)

    def unfinished(self, owner: str, status: Callable[[str], Status]) -> int:
        """How many of `owner`'s tasks are queued or running, forgetting the rest."""
        key = self.unfinished_prefix + owner
        members = self.redis.smembers(key)
        task_ids = [m.decode() if isinstance(m, bytes) else m for m in members]
        ended = [t for t in task_ids if status(t) in ("succeeded", "failed")]
        if ended:
            self.redis.srem(key, *ended)
        return len(task_ids) - len(ended)


{% if c.__celery -%}
# Celery's states, in the four words the API uses. Celery cannot tell an unknown
# task id from one still waiting: both are PENDING, so both read "queued".
STATUS_OF_STATE: dict[str, Status] = {
    "PENDING": "queued",
    "RECEIVED": "queued",
    "RETRY": "queued",
    "STARTED": "running",
    "SUCCESS": "succeeded",
    "FAILURE": "failed",
    "REVOKED": "failed",
}


def create_celery(settings: Settings) -> Celery:
    celery = Celery(
        settings.project_name, broker=settings.broker_url, backend=settings.redis_url
    )
    celery.conf.update(
        task_default_queue=settings.task_queue,
        task_track_started=True,
        result_expires=RESULT_TTL_SECONDS,
        broker_connection_retry_on_startup=True,
    )
    for name, task in TASKS.items():
        celery.task(name=name)(task)
    return celery


class TaskQueue:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.celery = create_celery(settings)
        results = Redis.from_url(settings.redis_url)
        self.owners = TaskOwners(results, settings.task_queue)

    def enqueue(self, task: str, args: list[Any], owner: str) -> str:
        """Send the task named in app/worker/tasks.py; its id. TooManyTasks when
        `owner` has TASKS_IN_FLIGHT_PER_OWNER unfinished."""
        limit = self.settings.tasks_in_flight_per_owner
        if self.owners.unfinished(owner, self.status) >= limit:
            raise TooManyTasks()
        task_id = str(self.celery.send_task(task, args=args).id)
        self.owners.record(task_id, owner)
        return task_id

    def status(self, task_id: str) -> Status:
        state = str(AsyncResult(task_id, app=self.celery).state)
        return STATUS_OF_STATE.get(state, "queued")

    def state(self, task_id: str, owner: str) -> TaskState | None:
        """The task's state, or None when `owner` did not send such a task."""
        if not self.owners.sent(task_id, owner):
            return None
        result = AsyncResult(task_id, app=self.celery)
        status = STATUS_OF_STATE.get(str(result.state), "queued")
        if status == "succeeded":
            return TaskState(task_id, status, result=result.result)
        if status == "failed":
            return TaskState(task_id, status, error=TASK_FAILED)
        return TaskState(task_id, status)

    def node_name(self) -> str:
        """This host's worker, named after its queue so apps on one host stay apart."""
        return f"{self.settings.task_queue}@{socket.gethostname()}"

    def run_worker(self, argv: list[str]) -> None:
        """Work until stopped; argv goes to `celery worker` (--concurrency, --pool...)."""
        self.celery.worker_main(
            ["worker", f"--hostname={self.node_name()}", "--loglevel=INFO", *argv]
        )

    def worker_is_alive(self) -> bool:
        replies = self.celery.control.ping(destination=[self.node_name()], timeout=2)
        return bool(replies)

    def waiting(self) -> int | None:
        """Tasks in the queue no worker has taken yet, as the broker counts them;
        None when the broker cannot be reached."""
        with self.celery.connection_for_read() as connection:
            try:
                declared = connection.default_channel.queue_declare(
                    queue=self.settings.task_queue, passive=True
                )
            except connection.channel_errors:  # no such queue: nothing was ever sent
                return 0
            except OperationalError:
                return None
        return int(declared.message_count)

    def close(self) -> None:
        self.celery.close()
        self.owners.redis.close()
{%- else -%}
# RQ's job states, in the four words the API uses.
STATUS_OF_STATE: dict[JobStatus, Status] = {
    JobStatus.QUEUED: "queued",
    JobStatus.DEFERRED: "queued",
    JobStatus.SCHEDULED: "queued",
    JobStatus.STARTED: "running",
    JobStatus.FINISHED: "succeeded",
    JobStatus.FAILED: "failed",
    JobStatus.STOPPED: "failed",
    JobStatus.CANCELED: "failed",
}


class TaskQueue:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.redis = Redis.from_url(settings.redis_url)
        self.queue = Queue(settings.task_queue, connection=self.redis)
        self.owners = TaskOwners(self.redis, settings.task_queue)

    def enqueue(self, task: str, args: list[Any], owner: str) -> str:
        """Send the task named in app/worker/tasks.py; its id. TooManyTasks when
        `owner` has TASKS_IN_FLIGHT_PER_OWNER unfinished."""
        limit = self.settings.tasks_in_flight_per_owner
        if self.owners.unfinished(owner, self.status) >= limit:
            raise TooManyTasks()
        job = self.queue.enqueue(TASKS[task], *args, result_ttl=RESULT_TTL_SECONDS)
        self.owners.record(job.id, owner)
        return job.id

    def status(self, task_id: str) -> Status:
        """A task that expired or never was counts as failed: it will not run."""
        try:
            job = Job.fetch(task_id, connection=self.redis)
        except NoSuchJobError:
            return "failed"
        return STATUS_OF_STATE.get(job.get_status(refresh=True), "queued")

    def state(self, task_id: str, owner: str) -> TaskState | None:
        """The task's state, or None when `owner` did not send such a task."""
        if not self.owners.sent(task_id, owner):
            return None
        try:
            job = Job.fetch(task_id, connection=self.redis)
        except NoSuchJobError:
            return None
        status = STATUS_OF_STATE.get(job.get_status(refresh=True), "queued")
        if status == "succeeded":
            return TaskState(task_id, status, result=job.return_value())
        if status == "failed":
            return TaskState(task_id, status, error=TASK_FAILED)
        return TaskState(task_id, status)

    def run_worker(self, argv: list[str]) -> None:
        """Work until stopped (argv is unused: RQ's worker takes no extra options)."""
        Worker([self.queue], connection=self.redis).work()

    def worker_is_alive(self) -> bool:
        hostname = socket.gethostname()
        workers = Worker.all(queue=self.queue)
        return any(worker.hostname == hostname for worker in workers)

    def waiting(self) -> int | None:
        """Tasks in the queue no worker has taken yet; None when Redis cannot be
        reached."""
        try:
            return self.queue.count
        except RedisError:
            return None

    def close(self) -> None:
        self.redis.close()
{%- endif %}


async def get_task_queue(request: Request) -> TaskQueue:
    """The queue the running app opened."""
    task_queue: TaskQueue = request.app.state.task_queue
    return task_queue


TaskQueueDep = Annotated[TaskQueue, Depends(get_task_queue)]
