"""Predictions held in flight until a test lets them go."""

import asyncio
from typing import Any

import pytest

from app.ml.predictor import Predictor


class HeldPredictions:
    """Every prediction waits at this gate until `release` is set."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.waiting = 0
        self.arrived = asyncio.Condition()

    async def until_waiting(self, count: int, seconds: float = 10) -> None:
        """Until `count` predictions wait at the gate (however busy the machine)."""
        async with asyncio.timeout(seconds), self.arrived:
            await self.arrived.wait_for(lambda: self.waiting >= count)


def hold_predictions(monkeypatch: pytest.MonkeyPatch) -> HeldPredictions:
    gate = HeldPredictions()
    real_predict = Predictor.predict

    async def held(self: Predictor, rows: list[Any]) -> list[Any]:
        async with gate.arrived:
            gate.waiting += 1
            gate.arrived.notify_all()
        await gate.release.wait()
        return await real_predict(self, rows)

    monkeypatch.setattr(Predictor, "predict", held)
    return gate
