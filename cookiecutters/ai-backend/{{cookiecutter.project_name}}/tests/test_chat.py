"""The model behind an OpenAI-compatible API, against the tests' fake of one
(tests/fake_llm.py): replies, streams, validation, retries, timeouts and failures,
and an event loop that stays free while the provider thinks."""

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from httpx import AsyncClient
from pydantic import SecretStr

from app.core.config import Settings
from app.ml.upstream import (
    MAX_RETRY_WAIT,
    Upstream,
    UpstreamError,
    UpstreamTimeout,
    read_stream_line,
    retry_after,
)
from tests.callers import CALLER_FROM_HEADER, caller
from tests.conftest import ClientFactory
from tests.examples import ANSWERS, HELLO, INPUTS, RECIPE
from tests.fake_llm import API_KEY, MODEL, Script, fake_llm
from tests.model_loading import wait_for_model

PREDICT = "/api/v1/predict"
STREAM = "/api/v1/chat/stream"


@pytest.fixture
def upstream() -> Iterator[Script]:
    """The fake's script for this test (fresh, and reset after)."""
    yield fake_llm().reset()
    fake_llm().reset()


def events(body: str) -> list[tuple[str, dict[str, Any]]]:
    """The server-sent events of a stream, as (name, data) pairs."""
    parsed = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        parsed.append((fields.get("event", "message"), json.loads(fields["data"])))
    return parsed


async def test_each_conversation_gets_its_reply(
    client: AsyncClient, upstream: Script
) -> None:
    answered = await client.post(PREDICT, json={"inputs": INPUTS})

    assert answered.status_code == 200, answered.text
    body = answered.json()
    assert (body["model"], body["version"]) == (MODEL, "upstream")
    assert [p["content"] for p in body["predictions"]] == ANSWERS
    assert {p["finish_reason"] for p in body["predictions"]} == {"stop"}
    sent = sorted(upstream.calls, key=lambda call: len(call["body"]["messages"]))
    assert [call["authorization"] for call in sent] == [f"Bearer {API_KEY}"] * 2
    assert sent[1]["body"] == {**RECIPE, "model": MODEL, "stream": False}


async def test_a_reply_streams_as_server_sent_events(
    client: AsyncClient, upstream: Script
) -> None:
    streamed = await client.post(STREAM, json=RECIPE)

    assert streamed.status_code == 200, streamed.text
    assert streamed.headers["content-type"].startswith("text/event-stream")
    received = events(streamed.text)
    deltas = [data["delta"] for name, data in received if name == "message"]
    assert len(deltas) > 1  # piece by piece, not the whole reply at once
    assert "".join(deltas) == ANSWERS[1]
    assert received[-1] == ("done", {"finish_reason": "stop"})
    assert upstream.calls[0]["body"]["stream"] is True


@pytest.mark.parametrize(
    "inputs",
    [
        [{"messages": []}],
        [{"messages": [{"role": "robot", "content": "hi"}]}],
        [{"messages": [{"role": "user", "content": ""}]}],
        [{"messages": [{"role": "user", "content": 5}]}],
        [{**HELLO, "temperature": 3}],
        [{**HELLO, "max_tokens": 0}],
        [{**HELLO, "stream": True}],
        [HELLO] * 17,
        [],
    ],
)
async def test_bad_conversations_are_422(
    client: AsyncClient, upstream: Script, inputs: list[Any]
) -> None:
    answered = await client.post(PREDICT, json={"inputs": inputs})

    assert answered.status_code == 422
    assert answered.json()["error"]["code"] == "validation_error"
    assert upstream.calls == []  # refused before the provider was asked


async def test_failed_calls_are_tried_again(
    client: AsyncClient, upstream: Script
) -> None:
    upstream.failures = [503, 429]

    answered = await client.post(PREDICT, json={"inputs": [HELLO]})

    assert answered.status_code == 200, answered.text
    assert answered.json()["predictions"][0]["content"] == ANSWERS[0]
    assert len(upstream.calls) == 3


async def test_a_provider_that_keeps_failing_is_a_502(
    client: AsyncClient, upstream: Script, settings: Settings
) -> None:
    upstream.failures = [500] * (settings.llm_max_retries + 1)

    answered = await client.post(PREDICT, json={"inputs": [HELLO]})

    assert answered.status_code == 502
    assert answered.json()["error"]["code"] == "bad_gateway"
    assert "scripted" not in answered.text  # the provider's words stay in the log
    assert len(upstream.calls) == settings.llm_max_retries + 1


async def test_a_refused_request_is_not_tried_again(
    client: AsyncClient, upstream: Script
) -> None:
    upstream.failures = [400]

    answered = await client.post(PREDICT, json={"inputs": [HELLO]})

    assert answered.status_code == 502
    assert answered.json()["error"]["message"].endswith("(400)")
    assert len(upstream.calls) == 1


async def test_a_wrong_key_is_a_502(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    upstream: Script,
) -> None:
    wrong_key = settings.model_copy(update={"llm_api_key": SecretStr("not-the-key")})
    async with make_client(wrong_key) as client:
        await wait_for_model(client)
        answered = await client.post(
            PREDICT, json={"inputs": [HELLO]}, headers=auth_headers
        )

    assert answered.status_code == 502
    assert upstream.calls[0]["authorization"] == "Bearer not-the-key"


async def test_a_slow_provider_is_a_504(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    upstream: Script,
) -> None:
    impatient = settings.model_copy(
        update={"llm_timeout_seconds": 0.2, "llm_max_retries": 0}
    )
    upstream.stall = 2
    async with make_client(impatient) as client:
        await wait_for_model(client)
        answered = await client.post(
            PREDICT, json={"inputs": [HELLO]}, headers=auth_headers
        )
        streamed = await client.post(STREAM, json=HELLO, headers=auth_headers)

    assert answered.status_code == 504
    assert answered.json()["error"]["code"] == "gateway_timeout"
    assert streamed.status_code == 504


async def test_an_answer_that_drips_in_is_cut_at_its_deadline(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    upstream: Script,
) -> None:
    """Each byte comes well within the timeout, the whole answer does not: the
    deadline is for the answer, not for each read."""
    impatient = settings.model_copy(
        update={"llm_timeout_seconds": 0.5, "llm_max_retries": 0}
    )
    upstream.drip = 0.1
    async with make_client(impatient) as client:
        await wait_for_model(client)
        started = time.monotonic()
        answered = await asyncio.wait_for(
            client.post(PREDICT, json={"inputs": [HELLO]}, headers=auth_headers), 10
        )
        streamed = await asyncio.wait_for(
            client.post(STREAM, json=HELLO, headers=auth_headers), 10
        )
        took = time.monotonic() - started

    assert answered.status_code == 504
    assert streamed.status_code == 200
    assert events(streamed.text)[-1] == (
        "error",
        {"code": "gateway_timeout", "message": UpstreamTimeout().message},
    )
    assert took < 3  # two answers of 0.5 s each (the whole answer, tens of seconds)


async def test_a_callers_streams_are_capped_and_others_go_on(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    upstream: Script,
) -> None:
    upstream.hold = threading.Event()
    capped = settings.model_copy(update={"chat_streams_per_caller": 1})
    async with make_client(capped, overrides=CALLER_FROM_HEADER) as client:
        client.headers.update(auth_headers)
        await wait_for_model(client)
        alices = asyncio.create_task(
            client.post(STREAM, json=HELLO, headers=caller("alice"))
        )
        assert await asyncio.to_thread(upstream.called.wait, 10), "never asked"
        refused = await asyncio.wait_for(
            client.post(STREAM, json=HELLO, headers=caller("alice")), 5
        )
        bobs = asyncio.create_task(
            client.post(STREAM, json=HELLO, headers=caller("bob"))
        )
        await asyncio.sleep(0.1)
        upstream.hold.set()
        served = [(await alices).status_code, (await bobs).status_code]
        again = await client.post(STREAM, json=HELLO, headers=caller("alice"))

    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert served == [200, 200]
    assert again.status_code == 200  # the stream's place came back when it ended


async def test_the_providers_words_are_logged_without_the_key_and_with_the_request_id(
    client: AsyncClient, upstream: Script, caplog: pytest.LogCaptureFixture
) -> None:
    upstream.failures = [400]

    answered = await client.post(PREDICT, json={"inputs": [HELLO]})

    assert answered.status_code == 502
    [refusal] = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert "scripted, for Bearer [redacted]" in refusal.getMessage()
    assert API_KEY not in caplog.text
    assert getattr(refusal, "request_id", None) == answered.headers["X-Request-ID"]


async def test_a_stream_that_cannot_start_is_a_plain_error(
    client: AsyncClient, upstream: Script, settings: Settings
) -> None:
    upstream.failures = [503] * (settings.llm_max_retries + 1)

    streamed = await client.post(STREAM, json=HELLO)

    assert streamed.status_code == 502
    assert streamed.json()["error"]["code"] == "bad_gateway"


async def test_a_stream_that_breaks_off_ends_with_an_error_event(
    client: AsyncClient, upstream: Script
) -> None:
    upstream.break_after = 1

    streamed = await client.post(STREAM, json=HELLO)

    assert streamed.status_code == 200
    received = events(streamed.text)
    assert received[0] == ("message", {"delta": "You "})
    assert received[-1][0] == "error"
    assert received[-1][1]["code"] == "bad_gateway"


async def test_health_answers_while_the_provider_thinks(
    client: AsyncClient, upstream: Script
) -> None:
    upstream.hold = threading.Event()
    asked = asyncio.create_task(client.post(PREDICT, json={"inputs": [HELLO]}))
    assert await asyncio.to_thread(upstream.called.wait, 10), "never asked"

    health = await client.get("/health")
    still_waiting = not asked.done()
    upstream.hold.set()
    answered = await asked

    assert health.status_code == 200
    assert still_waiting
    assert answered.status_code == 200


async def test_batched_conversations_get_their_own_replies(
    make_client: ClientFactory,
    settings: Settings,
    auth_headers: dict[str, str],
    upstream: Script,
) -> None:
    batching = settings.model_copy(
        update={"batching": True, "batch_wait_ms": 100, "predictions_per_caller": 6}
    )
    conversations = [
        {"messages": [{"role": "user", "content": f"number {i}"}]} for i in range(6)
    ]
    async with make_client(batching) as client:
        await wait_for_model(client)
        answered = await asyncio.gather(
            *(
                client.post(PREDICT, json={"inputs": [c]}, headers=auth_headers)
                for c in conversations
            )
        )

    replies = [r.json()["predictions"][0]["content"] for r in answered]
    assert replies == [f"You said: number {i}" for i in range(6)]


async def test_models_describe_the_provider(
    client: AsyncClient, settings: Settings
) -> None:
    [model] = (await client.get("/api/v1/models")).json()

    assert (model["name"], model["runtime"]) == (MODEL, "openai-compatible")
    assert model["device"] == "remote"
    assert model["batching"] is settings.batching is False
    assert "messages" in model["input_schema"]["properties"]


def test_retry_after_is_honoured_within_a_cap() -> None:
    def answer(value: str) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": value})

    assert retry_after(answer("3")) == 3.0
    assert retry_after(answer("100000")) == MAX_RETRY_WAIT
    assert retry_after(answer("Wed, 21 Oct 2015 07:28:00 GMT")) is None


@pytest.mark.parametrize(
    "line",
    [
        "data: {",
        "data: [1, 2]",
        'data: {"choices": [5]}',
        'data: {"choices": [{"delta": 5}]}',
        'data: {"choices": [{"delta": {"content": ["a", "b"]}}]}',
    ],
)
def test_an_unreadable_stream_piece_is_an_upstream_error(line: str) -> None:
    with pytest.raises(UpstreamError):
        list(read_stream_line(line))


def test_the_api_key_stays_out_of_logs_and_reprs(settings: Settings) -> None:
    upstream = Upstream.from_settings(settings)

    assert API_KEY not in repr(upstream)
    assert API_KEY not in repr(settings)
