"""Quotas per caller on the work the model does: requests under way at once, each
caller's share and the process's whole. Past either, a request gets 429 with
Retry-After before any work starts: one caller's flood waits on itself, never on
everyone else, and the work this process has queued stays bounded."""

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Request

from app.core.errors import TooManyRequestsError

RETRY_AFTER_SECONDS = 1


class Slot:
    """One request's place in a quota, given back once, however often released."""

    def __init__(self, quota: "InFlight", caller: str) -> None:
        self.quota = quota
        self.caller = caller
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self.quota.give_back(self.caller)


class InFlight:
    """Counts what each caller has under way. Taking and giving back never await,
    so no two requests interleave between a check and its count."""

    def __init__(self, what: str, per_caller: int, in_all: int) -> None:
        self.what = what
        self.per_caller = per_caller
        self.in_all = in_all
        self._by_caller: Counter[str] = Counter()

    def take(self, caller: str) -> Slot:
        """A place for one more of `caller`'s requests: release it when it ends."""
        if self._by_caller[caller] >= self.per_caller:
            raise TooManyRequestsError(
                f"Too many {self.what} of yours under way: wait for one to end",
                RETRY_AFTER_SECONDS,
            )
        if self._by_caller.total() >= self.in_all:
            raise TooManyRequestsError(
                f"Too many {self.what} under way: try again shortly",
                RETRY_AFTER_SECONDS,
            )
        self._by_caller[caller] += 1
        return Slot(self, caller)

    def give_back(self, caller: str) -> None:
        self._by_caller[caller] -= 1
        if self._by_caller[caller] <= 0:
            del self._by_caller[caller]

    @contextmanager
    def hold(self, caller: str) -> Iterator[None]:
        slot = self.take(caller)
        try:
            yield
        finally:
            slot.release()


async def get_predictions(request: Request) -> InFlight:
    predictions: InFlight = request.app.state.predictions
    return predictions


PredictionsDep = Annotated[InFlight, Depends(get_predictions)]
