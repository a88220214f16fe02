"""Jobs on the task queue: POST /api/v1/jobs sends the batch to a real worker process
(`python -m app.worker`), which loads its own model; GET /api/v1/jobs/{id} gives its
status and predictions."""

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from app.ml import tasks
from tests.examples import ANSWERS, INPUTS, answer
from tests.polling import wait_until_done
from tests.worker_process import running_worker

JOBS = "/api/v1/jobs"
BODY = {"inputs": INPUTS}


def test_the_worker_task_predicts_like_the_model(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "get_settings", lambda: settings)
    tasks.worker_model.cache_clear()  # a model of the tests' settings, not .env's

    outputs = tasks.predict(INPUTS)
    tasks.worker_model.cache_clear()

    assert [answer(output) for output in outputs] == ANSWERS


async def test_a_worker_runs_the_job(client: AsyncClient, settings: Settings) -> None:
    with running_worker(settings):
        sent = await client.post(JOBS, json=BODY)
        assert sent.status_code == 202, sent.text
        job = await wait_until_done(client, f"{JOBS}/{sent.json()['id']}")
    direct = (await client.post("/api/v1/predict", json=BODY)).json()["predictions"]

    assert job["status"] == "succeeded", job
    assert [answer(output) for output in job["result"]] == ANSWERS
    assert [answer(output) for output in direct] == ANSWERS


async def test_an_unknown_job_is_a_404(client: AsyncClient) -> None:
    assert (await client.get(f"{JOBS}/no-such-job")).status_code == 404
    assert (await client.get(f"{JOBS}/{'x' * 65}")).status_code == 422
