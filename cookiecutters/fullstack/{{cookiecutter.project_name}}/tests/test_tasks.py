{#- Generated from cookiecutters/_shared/project/tests/test_tasks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Background tasks: the task itself, and a real worker process running it.

{%- if c.__rabbitmq %}
The worker takes tasks from RabbitMQ (BROKER_URL); results come back through
Redis (REDIS_URL). Each test run uses a queue of its own (see conftest.py).
{%- elif c.__celery %}
The worker takes tasks from Redis (BROKER_URL); results come back through Redis
(REDIS_URL). Each test run uses a queue of its own (see conftest.py).
{%- else %}
The worker takes tasks from Redis (REDIS_URL). Each test run uses a queue of its
own (see conftest.py).
{%- endif %}
"""

import subprocess
import sys
from collections.abc import Iterator

import pytest
from httpx import AsyncClient

from app.core.config import Settings
from app.worker.queue import TaskQueue
from app.worker.tasks import count_words
{%- if c.__auth %}
from tests.conftest import SignIn
{%- endif %}
from tests.polling import wait_until_done
from tests.worker_process import running_worker, worker_environment

TASKS = "/api/v1/tasks"


def test_count_words() -> None:
    assert count_words("the quick  brown\nfox") == 4
    assert count_words("") == 0


@pytest.fixture
def worker_env(settings: Settings) -> dict[str, str]:
    return worker_environment(settings)


def healthcheck(env: dict[str, str]) -> int:
    command = [sys.executable, "-m", "app.worker.healthcheck"]
    return subprocess.run(command, env=env, capture_output=True, timeout=60).returncode


@pytest.fixture
def worker(settings: Settings) -> Iterator[subprocess.Popen[str]]:
    with running_worker(settings) as process:
        yield process


async def test_a_worker_runs_the_task(
    client: AsyncClient,
    auth_headers: dict[str, str],
    worker: subprocess.Popen[str],
    worker_env: dict[str, str],
) -> None:
    response = await client.post(
        f"{TASKS}/count-words", json={"text": "one two three"}, headers=auth_headers
    )
    assert response.status_code == 202, response.text
    task_id = response.json()["id"]

    task = await wait_until_done(client, f"{TASKS}/{task_id}", auth_headers)

    assert task == {"id": task_id, "status": "succeeded", "result": 3, "error": None}
    assert worker.poll() is None
    assert healthcheck(worker_env) == 0


def test_healthcheck_fails_without_a_worker(worker_env: dict[str, str]) -> None:
    assert healthcheck(worker_env) == 1
{%- if c.__auth %}


async def test_sending_a_task_needs_a_signed_in_user(client: AsyncClient) -> None:
    response = await client.post(f"{TASKS}/count-words", json={"text": "a b"})

    assert response.status_code in (401, 403)


async def test_only_the_sender_reads_a_task(
    client: AsyncClient, auth_headers: dict[str, str], sign_in_as: SignIn
) -> None:
    sent = await client.post(
        f"{TASKS}/count-words", json={"text": "a b"}, headers=auth_headers
    )
    task_url = f"{TASKS}/{sent.json()['id']}"
    client.cookies.clear()

    anonymous = await client.get(task_url)
    bob = await sign_in_as("bob@example.com")
    someone_else = await client.get(task_url, headers=bob)

    assert anonymous.status_code == 401
    assert someone_else.status_code == 404
{%- endif %}


async def test_a_senders_unfinished_tasks_are_capped(
    client: AsyncClient,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No worker runs here: the tasks stay queued, and the one past the cap is
    refused before it reaches the queue."""
    monkeypatch.setattr(settings, "tasks_in_flight_per_owner", 2)
    url = f"{TASKS}/count-words"

    sent = [
        await client.post(url, json={"text": "a b"}, headers=auth_headers)
        for _ in range(3)
    ]

    assert [response.status_code for response in sent] == [202, 202, 429]
    assert sent[2].headers["Retry-After"] == "5"


async def test_what_no_worker_has_taken_is_counted_as_waiting(
    client: AsyncClient,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No worker runs here: a task sent waits in the queue, as the broker counts it."""
    monkeypatch.setattr(settings, "tasks_in_flight_per_owner", 1000)
    queue = TaskQueue(settings)
    try:
        before = queue.waiting()
        sent = await client.post(
            f"{TASKS}/count-words", json={"text": "a b"}, headers=auth_headers
        )
        after = queue.waiting()
    finally:
        queue.close()

    assert sent.status_code == 202, sent.text
    assert before is not None and after == before + 1
{%- if c.__metrics %}


async def test_metrics_report_the_tasks_waiting(
    client: AsyncClient,
    settings: Settings,
    auth_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(settings, "tasks_in_flight_per_owner", 1000)
    before = await tasks_waiting(client)
    sent = await client.post(
        f"{TASKS}/count-words", json={"text": "a b"}, headers=auth_headers
    )

    assert sent.status_code == 202, sent.text
    assert await tasks_waiting(client) == before + 1


async def tasks_waiting(client: AsyncClient) -> float:
    """task_queue_length, as GET /metrics reports it."""
    from prometheus_client.parser import text_string_to_metric_families

    text = (await client.get("/metrics")).text
    families = text_string_to_metric_families(text)
    (waiting,) = [f for f in families if f.name == "task_queue_length"]
    return waiting.samples[0].value
{%- endif %}


async def test_an_unknown_task_is_404(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    response = await client.get(f"{TASKS}/no-such-task", headers=auth_headers)

    assert response.status_code == 404
