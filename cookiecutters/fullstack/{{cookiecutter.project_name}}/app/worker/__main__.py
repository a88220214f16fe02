{#- Generated from cookiecutters/_shared/project/app/worker/__main__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""The worker: `python -m app.worker`{% if c.__celery %} [celery worker options]{% endif %}.

It reads the same settings as the API (environment and .env).
"""

import sys

from app.core.config import get_settings
from app.worker.queue import TaskQueue

TaskQueue(get_settings()).run_worker(sys.argv[1:])
