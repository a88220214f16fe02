"""Inference never blocks the event loop: while a prediction is computing, /health
still answers. The prediction below waits for the test's signal, which comes only
after /health has answered: were it run on the event loop, /health could not answer
and the prediction would give up waiting and fail."""

import asyncio
import threading
from typing import Any

from httpx import AsyncClient

from app.ml.runtime import IrisClassifier
from tests.examples import SETOSA


async def test_health_answers_while_a_prediction_computes(
    client: AsyncClient, monkeypatch: Any
) -> None:
    started, release = threading.Event(), threading.Event()
    predict = IrisClassifier.predict

    def slow_predict(self: IrisClassifier, rows: Any) -> Any:
        started.set()
        if not release.wait(timeout=10):
            raise RuntimeError("/health never answered while this prediction ran")
        return predict(self, rows)

    monkeypatch.setattr(IrisClassifier, "predict", slow_predict)
    prediction = asyncio.create_task(
        client.post("/api/v1/predict", json={"inputs": [SETOSA]})
    )
    assert await asyncio.to_thread(started.wait, 10), "the prediction never started"

    health = await client.get("/health")
    still_computing = not prediction.done()
    release.set()
    answered = await prediction

    assert health.status_code == 200
    assert still_computing
    assert answered.status_code == 200
