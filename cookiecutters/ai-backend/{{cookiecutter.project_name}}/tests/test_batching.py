"""Dynamic batching: concurrent requests share model calls, and each gets exactly
the answers it would have got alone."""

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from app.ml.batching import MicroBatcher
from app.ml.model_io import Features, Prediction
from app.ml.runtime import IrisClassifier
from tests.conftest import ClientFactory
from tests.model_loading import wait_for_model


def flower(i: int) -> dict[str, float]:
    """A different flower for each i."""
    return {
        "sepal_length": 4.3 + 0.1 * i,
        "sepal_width": 2.0 + 0.05 * i,
        "petal_length": 1.0 + 0.2 * i,
        "petal_width": 0.1 + 0.08 * i,
    }


async def echo_lengths(rows: list[Features]) -> list[Prediction]:
    return [Prediction(label=str(row.sepal_length), probabilities={}) for row in rows]


async def test_concurrent_requests_share_a_call_and_get_their_own_rows() -> None:
    sizes: list[int] = []

    async def run(rows: list[Features]) -> list[Prediction]:
        sizes.append(len(rows))
        return await echo_lengths(rows)

    # Six rows fill the batch: it goes at once, without waiting out max_wait.
    batcher = MicroBatcher(run, max_rows=6, max_wait=30)
    requests = [[Features(**flower(i)), Features(**flower(i + 10))] for i in range(3)]

    answers = await asyncio.gather(*(batcher.predict(rows) for rows in requests))
    await batcher.close()

    assert sizes == [6]
    for rows, predictions in zip(requests, answers, strict=True):
        assert [p.label for p in predictions] == [str(r.sepal_length) for r in rows]


async def test_a_lone_request_goes_once_the_wait_is_over() -> None:
    batcher = MicroBatcher(echo_lengths, max_rows=100, max_wait=0.01)

    [prediction] = await batcher.predict([Features(**flower(1))])
    await batcher.close()

    assert prediction.label == str(flower(1)["sepal_length"])
    assert batcher.model_calls == 1


async def test_a_failed_call_fails_each_request_in_it() -> None:
    async def broken(rows: list[Features]) -> list[Prediction]:
        raise RuntimeError("the model broke")

    batcher = MicroBatcher(broken, max_rows=2, max_wait=30)
    answers = await asyncio.gather(
        batcher.predict([Features(**flower(1))]),
        batcher.predict([Features(**flower(2))]),
        return_exceptions=True,
    )
    await batcher.close()

    assert [str(answer) for answer in answers] == ["the model broke"] * 2


async def test_batched_answers_equal_unbatched_ones(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    predict = IrisClassifier.predict

    def counted(self: IrisClassifier, rows: list[Features]) -> list[Prediction]:
        calls.append(len(rows))
        return predict(self, rows)

    monkeypatch.setattr(IrisClassifier, "predict", counted)
    bodies = [{"inputs": [flower(i), flower(i + 20)]} for i in range(8)]

    async def answers(client: AsyncClient) -> list[Any]:
        sent = [
            client.post("/api/v1/predict", json=body, headers=auth_headers)
            for body in bodies
        ]
        return [
            response.json()["predictions"] for response in await asyncio.gather(*sent)
        ]

    alone = settings.model_copy(update={"batching": False})
    async with make_client(alone) as client:
        await wait_for_model(client)
        calls.clear()
        unbatched = await answers(client)
    assert len(calls) == len(bodies)
    together = settings.model_copy(update={"batching": True, "batch_wait_ms": 200})
    async with make_client(together) as client:
        await wait_for_model(client)
        calls.clear()
        batched = await answers(client)

    assert len(calls) < len(bodies)
    for got, expected in zip(batched, unbatched, strict=True):
        assert [p["label"] for p in got] == [p["label"] for p in expected]
        for one, other in zip(got, expected, strict=True):
            assert one["probabilities"] == pytest.approx(
                other["probabilities"], abs=1e-6
            )
