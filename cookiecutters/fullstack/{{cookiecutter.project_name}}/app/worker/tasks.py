{#- Generated from cookiecutters/_shared/project/app/worker/tasks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The background tasks: plain functions, so they test like any other code.

A task runs in the worker process; its arguments and result travel as JSON.
"""

from collections.abc import Callable
from typing import Any
{{- fragments("worker-task-imports", heading="\n", optional=True) }}

COUNT_WORDS = "count_words"


def count_words(text: str) -> int:
    """The example task: slow work that should not hold up a request."""
    return len(text.split())


# Every task the worker runs, by the name the API sends it under.
TASKS: dict[str, Callable[..., Any]] = {
    COUNT_WORDS: count_words,
{{- fragments("worker-tasks", optional=True) }}
}
