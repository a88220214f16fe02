{#- Generated from cookiecutters/_shared/project/app/worker/healthcheck.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""`python -m app.worker.healthcheck`: exit 0 when this host's worker answers.

A container platform or process supervisor runs it to know the worker is alive.
"""

import sys

from app.core.config import get_settings
from app.worker.queue import TaskQueue

sys.exit(0 if TaskQueue(get_settings()).worker_is_alive() else 1)
