{%- set c = cookiecutter -%}
"""The worker: `python -m app.worker`{% if c.__celery %} [celery worker options]{% endif %}.

It reads the same settings as the API (environment and .env).
"""

import sys

from app.core.config import get_settings
from app.worker.queue import TaskQueue

TaskQueue(get_settings()).run_worker(sys.argv[1:])
