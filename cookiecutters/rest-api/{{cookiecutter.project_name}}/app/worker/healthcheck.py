"""`python -m app.worker.healthcheck`: exit 0 when this host's worker answers.

Docker runs it as the worker container's health check.
"""

import sys

from app.core.config import get_settings
from app.worker.queue import TaskQueue

sys.exit(0 if TaskQueue(get_settings()).worker_is_alive() else 1)
