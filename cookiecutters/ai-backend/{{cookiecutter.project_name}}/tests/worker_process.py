{#- Generated from cookiecutters/_shared/project/tests/worker_process.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""A real worker process for the tests: `python -m app.worker` with the settings of
the tests' app, which it reads from its environment."""

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from app.core.config import Settings
{%- if c.__celery %}

# One process, no chatter with other workers: quick to start in a test.
WORKER_OPTIONS = ["--pool=solo", "--without-gossip", "--without-mingle"]
{%- else %}

WORKER_OPTIONS: list[str] = []
{%- endif %}


def worker_environment(settings: Settings) -> dict[str, str]:
    """The environment that gives a worker process these settings."""
    values = settings.model_dump()
    # Unset settings (None) stay unset: the worker would read "None" as a value.
    given = {key.upper(): str(v) for key, v in values.items() if v is not None}
    return {**os.environ, **given}


@contextmanager
def running_worker(settings: Settings) -> Iterator[subprocess.Popen[str]]:
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
        process.terminate()
        process.communicate(timeout=30)
