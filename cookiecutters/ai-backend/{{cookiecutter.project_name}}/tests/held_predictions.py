"""Predictions held in flight until a test lets them go."""

import asyncio
from typing import Any

import pytest

from app.ml.predictor import Predictor


def hold_predictions(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """Every prediction waits until the event this returns is set."""
    released = asyncio.Event()
    real_predict = Predictor.predict

    async def held(self: Predictor, rows: list[Any]) -> list[Any]:
        await released.wait()
        return await real_predict(self, rows)

    monkeypatch.setattr(Predictor, "predict", held)
    return released
