{#- Generated from cookiecutters/_shared/project/tests/worker_process.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""A real worker process for the tests: `python -m app.worker` with the settings of
the tests' app, which it reads from its environment."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import SecretStr
from redis.exceptions import RedisError

from app.core.config import Settings
from app.worker.queue import TaskQueue
{%- if c.__celery %}

# One process, no chatter with other workers: quick to start in a test.
WORKER_OPTIONS = ["--pool=solo", "--without-gossip", "--without-mingle"]


def discard_queued(task_queue: TaskQueue) -> None:
    task_queue.celery.control.purge()
{%- else %}

WORKER_OPTIONS: list[str] = []


def discard_queued(task_queue: TaskQueue) -> None:
    task_queue.queue.delete(delete_jobs=True)
{%- endif %}


def discard_waiting_tasks(task_queue: TaskQueue) -> None:
    """The tasks no worker took, and what each sender has waiting: nothing to do
    when the test pointed the app at a Redis that is down."""
    try:
        task_queue.owners.redis.ping()
    except RedisError:
        return
    discard_queued(task_queue)
    task_queue.owners.forget_unfinished()


def worker_environment(settings: Settings) -> dict[str, str]:
    """The environment that gives a worker process these settings."""
    values = settings.model_dump()
    # Unset settings (None) stay unset: the worker would read "None" as a value.
    given = {key.upper(): as_variable(v) for key, v in values.items() if v is not None}
    return {**os.environ, **given}


def as_variable(value: Any) -> str:
    """A value as pydantic-settings reads it back: secrets in clear (str() would
    give asterisks), lists and dicts as JSON."""
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, list | dict):
        return json.dumps(value)
    return str(value)


@contextmanager
def running_worker(settings: Settings) -> Iterator[subprocess.Popen[str]]:
    # Tasks sent while no worker ran (the fuzzer's, say) would come first: the test
    # would wait for all of them.
    task_queue = TaskQueue(settings)
    discard_waiting_tasks(task_queue)
    task_queue.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "app.worker", *WORKER_OPTIONS],
        env=worker_environment(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        yield process
    finally:
        process.terminate()  # a warm shutdown: a task under way is finished first
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            # A warm shutdown waits for the task's process to be reaped: on a
            # loaded machine that was seen to take 30 s after the task had answered.
            process.kill()
            process.communicate()
