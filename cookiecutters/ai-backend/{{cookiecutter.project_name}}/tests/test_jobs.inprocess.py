"""Jobs without a task queue: POST /api/v1/jobs runs the batch in this process, in the
background; GET /api/v1/jobs/{id} gives its status and predictions."""

from typing import Any

import pytest
from httpx import AsyncClient, Response

from app.core.config import Settings
from app.ml import jobs
from app.ml.predictor import Predictor
from tests.callers import CALLER_FROM_HEADER, caller
from tests.conftest import ClientFactory
from tests.examples import ANSWERS, INPUTS, answer
from tests.held_predictions import hold_predictions
from tests.polling import wait_until_done

JOBS = "/api/v1/jobs"
BODY = {"inputs": INPUTS}


async def test_a_job_runs_and_gives_the_predictions(client: AsyncClient) -> None:
    sent = await client.post(JOBS, json=BODY)
    assert sent.status_code == 202, sent.text
    assert sent.json()["status"] == "queued"

    job = await wait_until_done(client, f"{JOBS}/{sent.json()['id']}")
    direct = await client.post("/api/v1/predict", json=BODY)

    assert job["status"] == "succeeded"
    assert job["error"] is None
    assert job["result"] == direct.json()["predictions"]
    assert [answer(output) for output in job["result"]] == ANSWERS


async def test_a_failing_job_says_so(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(self: Predictor, rows: list[Any]) -> list[Any]:
        raise RuntimeError("the model broke")

    monkeypatch.setattr(Predictor, "predict", broken)
    sent = await client.post(JOBS, json=BODY)

    job = await wait_until_done(client, f"{JOBS}/{sent.json()['id']}")

    assert job["status"] == "failed"
    assert (job["error"], job["result"]) == ("The job failed", None)


async def test_a_new_job_pushes_out_the_oldest_finished_one(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "MAX_JOBS", 1)
    first = (await client.post(JOBS, json=BODY)).json()["id"]
    await wait_until_done(client, f"{JOBS}/{first}")

    second = await client.post(JOBS, json=BODY)

    assert second.status_code == 202
    assert (await client.get(f"{JOBS}/{first}")).status_code == 404
    assert (await wait_until_done(client, f"{JOBS}/{second.json()['id']}"))[
        "status"
    ] == "succeeded"


async def test_only_unfinished_jobs_can_fill_the_store(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "MAX_JOBS", 1)
    gate = hold_predictions(monkeypatch)
    first = (await client.post(JOBS, json=BODY)).json()["id"]
    second = await client.post(JOBS, json=BODY)
    gate.release.set()

    assert second.status_code == 429
    assert second.headers["Retry-After"] == "5"
    assert (await wait_until_done(client, f"{JOBS}/{first}"))["status"] == "succeeded"


async def test_a_callers_unfinished_jobs_are_capped_and_others_go_on(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = hold_predictions(monkeypatch)
    capped = settings.model_copy(update={"jobs_in_flight_per_caller": 2})
    async with make_client(capped, overrides=CALLER_FROM_HEADER) as client:
        client.headers.update(auth_headers)
        alices = [await submit(client, "alice") for _ in range(3)]
        bobs = await submit(client, "bob")
        gate.release.set()

    assert [sent.status_code for sent in alices] == [202, 202, 429]
    assert alices[2].headers["Retry-After"] == "5"
    assert bobs.status_code == 202


@pytest.mark.parametrize(
    ("kept_per_caller", "max_jobs"), [(3, 1000), (100, 4)], ids=["share", "process"]
)
async def test_one_callers_jobs_never_push_out_anothers(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    kept_per_caller: int,
    max_jobs: int,
) -> None:
    """Alice's jobs push out her own oldest finished ones (past her share, or when
    the process is full), never Bob's."""
    monkeypatch.setattr(jobs, "MAX_JOBS", max_jobs)
    kept = settings.model_copy(update={"jobs_kept_per_caller": kept_per_caller})
    async with make_client(kept, overrides=CALLER_FROM_HEADER) as client:
        client.headers.update(auth_headers)
        bob = await finished(client, "bob")
        alices = [await finished(client, "alice") for _ in range(6)]
        bobs_job = await client.get(f"{JOBS}/{bob}", headers=caller("bob"))
        kept_ones = [
            (await client.get(f"{JOBS}/{job}", headers=caller("alice"))).status_code
            for job in alices
        ]

    assert bobs_job.status_code == 200
    assert kept_ones == [404, 404, 404, 200, 200, 200]


async def submit(client: AsyncClient, name: str) -> Response:
    return await client.post(JOBS, json=BODY, headers=caller(name))


async def finished(client: AsyncClient, name: str) -> str:
    """The id of a job of `name`'s, once it has finished."""
    job_id: str = (await submit(client, name)).json()["id"]
    await wait_until_done(client, f"{JOBS}/{job_id}", headers=caller(name))
    return job_id


async def test_an_unknown_job_is_a_404(client: AsyncClient) -> None:
    assert (await client.get(f"{JOBS}/no-such-job")).status_code == 404
    assert (await client.get(f"{JOBS}/{'x' * 65}")).status_code == 422
