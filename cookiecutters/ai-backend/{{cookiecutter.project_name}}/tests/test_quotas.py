"""Quotas per caller: one caller's flood is refused at its share (429 with
Retry-After, at once) while another caller is still served, and what the process
takes in all is bounded."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Sequence
from contextlib import asynccontextmanager

import pytest
from httpx import AsyncClient, Response

from app.core.config import Settings
from tests.callers import CALLER_FROM_HEADER, caller
from tests.conftest import ClientFactory
from tests.examples import INPUTS
from tests.held_predictions import HeldPredictions, hold_predictions
from tests.model_loading import wait_for_model

PREDICT = "/api/v1/predict"
# A refusal comes at once; without a quota, the request would wait at the gate.
AT_ONCE = 5


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> HeldPredictions:
    """Predictions wait until it is released: requests held in flight."""
    return hold_predictions(monkeypatch)


@asynccontextmanager
async def callers(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    **quotas: int,
) -> AsyncIterator[AsyncClient]:
    quoted = settings.model_copy(update=quotas)
    async with make_client(quoted, overrides=CALLER_FROM_HEADER) as client:
        client.headers.update(auth_headers)
        await wait_for_model(client)
        yield client


async def started(
    client: AsyncClient, name: str, gate: HeldPredictions
) -> "asyncio.Task[Response]":
    """A prediction of `name`'s, sent and left waiting at the gate."""
    waiting = gate.waiting
    sent = asyncio.create_task(
        client.post(PREDICT, json={"inputs": INPUTS}, headers=caller(name))
    )
    await gate.until_waiting(waiting + 1)
    return sent


async def statuses(requests: Sequence[Awaitable[Response]]) -> list[int]:
    return [(await request).status_code for request in requests]


async def test_one_callers_flood_leaves_another_served(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    gate: HeldPredictions,
) -> None:
    async with callers(
        make_client, settings, auth_headers, predictions_per_caller=2
    ) as client:
        alices = [await started(client, "alice", gate) for _ in range(2)]
        refused = await asyncio.wait_for(
            client.post(PREDICT, json={"inputs": INPUTS}, headers=caller("alice")),
            AT_ONCE,
        )
        bobs = await started(client, "bob", gate)
        gate.release.set()
        served = await statuses([*alices, bobs])
        again = await client.post(
            PREDICT, json={"inputs": INPUTS}, headers=caller("alice")
        )

    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert served == [200, 200, 200]
    assert again.status_code == 200  # a caller's share comes back as requests end


async def test_the_process_takes_a_bounded_number_in_all(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    gate: HeldPredictions,
) -> None:
    async with callers(
        make_client, settings, auth_headers, predictions_in_all=3
    ) as client:
        held = [await started(client, name, gate) for name in ("a", "b", "c")]
        refused = await asyncio.wait_for(
            client.post(PREDICT, json={"inputs": INPUTS}, headers=caller("d")),
            AT_ONCE,
        )
        gate.release.set()
        served = await statuses(held)

    assert refused.status_code == 429
    assert served == [200, 200, 200]
