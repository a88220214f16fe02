{#- Generated from cookiecutters/_shared/project/app/core/logging.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Log lines that carry the id of the request they belong to: as text for people,
or as one JSON object per line for log collectors (LOG_FORMAT=json)."""

import json
import logging
from typing import Literal

from app.core.request_id import current_request_id

LogFormat = Literal["text", "json"]
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
# The server's own loggers: their lines go through the same handler as the app's.
SERVER_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id.get() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id (and the
    traceback, when there is one)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str, log_format: LogFormat = "text") -> None:
    handler = logging.StreamHandler()
    formatter = (
        JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    )
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in SERVER_LOGGERS:
        server_logger = logging.getLogger(name)
        if not server_logger.handlers and not server_logger.propagate:
            continue  # the server turned it off (uvicorn --no-access-log)
        server_logger.handlers = []
        server_logger.propagate = True
        # The server sets its loggers' level (--log-level): the stricter of that
        # and LOG_LEVEL decides, so that either one silences access lines.
        server_logger.setLevel(max(server_logger.level, root.level))
