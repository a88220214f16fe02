{#- Generated from cookiecutters/_shared/project/tests/test_logging.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Log lines carry the request id; LOG_FORMAT=json writes one JSON object per line,
the server's own lines (uvicorn's access log) included, and the server's options
(--no-access-log, --log-level) still hold."""

import json
import logging
from collections.abc import Iterator

import pytest
import uvicorn

from app.core.logging import SERVER_LOGGERS, configure_logging
from app.core.request_id import current_request_id


def last_line(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().err.strip().splitlines()[-1]


@pytest.fixture(autouse=True)
def loggers_put_back() -> Iterator[None]:
    """After each test, the server's loggers and the root logger's level as they
    were, and no root handler left writing to the test's captured stderr, which is
    closed by then: a library thread that logs later (aiosqlite's, closing a
    connection) would fail to write there, into whichever test runs then."""
    root = logging.getLogger()
    level = root.level
    saved = [
        (logger, logger.handlers, logger.propagate, logger.level)
        for logger in map(logging.getLogger, SERVER_LOGGERS)
    ]
    yield
    for handler in root.handlers[:]:
        if getattr(getattr(handler, "stream", None), "closed", False):
            root.removeHandler(handler)
    root.setLevel(level)
    for logger, handlers, propagate, logger_level in saved:
        logger.handlers, logger.propagate = handlers, propagate
        logger.setLevel(logger_level)


def test_json_lines_carry_the_request_id(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "json")
    token = current_request_id.set("req-42")
    try:
        logging.getLogger("app.orders").info("placed order %s", 7)
    finally:
        current_request_id.reset(token)

    entry = json.loads(last_line(capsys))
    assert entry.pop("time")
    assert entry == {
        "level": "INFO",
        "logger": "app.orders",
        "message": "placed order 7",
        "request_id": "req-42",
    }


def test_a_traceback_stays_inside_its_json_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("INFO", "json")
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("app").exception("failed")

    entry = json.loads(last_line(capsys))
    assert entry["message"] == "failed" and entry["request_id"] == "-"
    assert "ValueError: boom" in entry["exception"]


def test_the_server_access_log_uses_the_app_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("INFO", "json")
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s"', "127.0.0.1", "GET", "/health"
    )

    assert json.loads(last_line(capsys))["message"] == '127.0.0.1 - "GET /health"'


def test_text_lines_name_the_request(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("DEBUG", "text")
    token = current_request_id.set("req-7")
    try:
        logging.getLogger("app").debug("hello")
    finally:
        current_request_id.reset(token)

    assert last_line(capsys).endswith("DEBUG app [req-7] hello")


def log_a_request() -> None:
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s"', "127.0.0.1", "GET", "/health"
    )


def test_no_access_log_given_to_the_server_stays_off(
    capsys: pytest.CaptureFixture[str],
) -> None:
    uvicorn.Config("app.asgi:app", access_log=False)  # sets the loggers up, as run
    configure_logging("INFO", "json")

    log_a_request()

    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("server_level", "log_level"), [("info", "WARNING"), ("warning", "INFO")]
)
def test_either_log_level_above_info_silences_access_lines(
    server_level: str, log_level: str, capsys: pytest.CaptureFixture[str]
) -> None:
    uvicorn.Config("app.asgi:app", log_level=server_level)
    configure_logging(log_level, "text")

    log_a_request()

    assert capsys.readouterr().err == ""
