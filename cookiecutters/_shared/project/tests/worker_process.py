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
