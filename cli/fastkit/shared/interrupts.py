"""Termination signals as exceptions, so that cleanup code runs on them as on Ctrl-C.

Python turns SIGINT into KeyboardInterrupt; SIGTERM (`kill`, `timeout`, a CI runner)
and SIGHUP (a closed terminal) would end the process without running any `finally`.
"""

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
DEFERRED_SIGNALS = {signal.SIGINT, *STOP_SIGNALS}


class Interrupted(BaseException):
    """The process was asked to stop by a signal; exit with 128 + its number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextmanager
def signals_as_exceptions() -> Iterator[None]:
    try:
        previous = {signum: signal.signal(signum, _raise) for signum in STOP_SIGNALS}
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold off stop signals while cleanup runs; they arrive when it is done."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, DEFERRED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
