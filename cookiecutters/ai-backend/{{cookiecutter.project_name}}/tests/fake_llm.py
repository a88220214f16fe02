"""An OpenAI-compatible chat completions server for the tests, never the network: a
real HTTP server on a free port, in a thread of the test process (worker processes
reach it too). It answers "You said: <the last message>", streamed word by word when
asked, and a test can script it to fail, stall or break off first."""

import asyncio
import atexit
import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

MODEL = "fake-model"
API_KEY = "test-key"


def reply_to(messages: list[dict[str, Any]]) -> str:
    return f"You said: {messages[-1]['content']}"


@dataclass
class Script:
    """What the fake does next; each test starts from a fresh one."""

    # Statuses answered before any real answer, one per call, in order.
    failures: list[int] = field(default_factory=list)
    # Seconds each answer waits before it starts.
    stall: float = 0.0
    # Set: answers wait until it is set (a test holding a call in flight).
    hold: threading.Event | None = None
    # Streamed answers break off (the connection drops) after this many pieces.
    break_after: int | None = None
    # Seconds between each byte of an answer, streamed or not (0: all at once).
    drip: float = 0.0
    # What each call sent: its JSON body and Authorization header.
    calls: list[dict[str, Any]] = field(default_factory=list)
    # Set at the first call.
    called: threading.Event = field(default_factory=threading.Event)


class FakeLLM:
    def __init__(self) -> None:
        self.script = Script()
        self.url = ""

    def reset(self) -> Script:
        self.script = Script()
        return self.script

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def complete(request: Request) -> Response:
            script = self.script
            body = await request.json()
            script.calls.append(
                {"body": body, "authorization": request.headers.get("authorization")}
            )
            script.called.set()
            if script.failures:
                status = script.failures.pop(0)
                # As some providers do: the refusal quotes the request's credentials.
                quoted = f"scripted, for {request.headers.get('authorization')}"
                return JSONResponse({"error": {"message": quoted}}, status)
            if request.headers.get("authorization") != f"Bearer {API_KEY}":
                return JSONResponse({"error": {"message": "bad key"}}, 401)
            if script.hold is not None:
                await asyncio.to_thread(script.hold.wait, 30)
            await asyncio.sleep(script.stall)
            text = reply_to(body["messages"])
            if body.get("stream"):
                return StreamingResponse(
                    dripped(self._pieces(text, script.break_after), script.drip),
                    media_type="text/event-stream",
                )
            answer = JSONResponse(
                {
                    "object": "chat.completion",
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                }
            )
            if script.drip:

                async def whole() -> AsyncIterator[str]:
                    yield bytes(answer.body).decode()

                return StreamingResponse(
                    dripped(whole(), script.drip), media_type="application/json"
                )
            return answer

        return app

    async def _pieces(self, text: str, break_after: int | None) -> AsyncIterator[str]:
        words = re.findall(r"\S+\s*", text)
        for i, word in enumerate(words):
            if break_after is not None and i == break_after:
                # uvicorn drops the connection of an answer that raises midway.
                raise RuntimeError("the fake breaks off")
            yield chunk({"content": word}, None)
        yield chunk({}, "stop")
        yield "data: [DONE]\n\n"


async def dripped(pieces: AsyncIterator[str], pause: float) -> AsyncIterator[str]:
    """The pieces, one character at a time `pause` seconds apart (0: as they come)."""
    async for piece in pieces:
        if not pause:
            yield piece
            continue
        for character in piece:
            yield character
            await asyncio.sleep(pause)


def chunk(delta: dict[str, str], finish_reason: str | None) -> str:
    choice = {"index": 0, "delta": delta, "finish_reason": finish_reason}
    return f"data: {json.dumps({'choices': [choice]})}\n\n"


@lru_cache(maxsize=1)
def fake_llm() -> FakeLLM:
    """The one fake of this test run, started on first use."""
    fake = FakeLLM()
    # log_config=None: uvicorn leaves the logging set-up (the app's, under test) alone.
    config = uvicorn.Config(
        fake.app(), host="127.0.0.1", port=0, log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="fake-llm")
    thread.start()
    atexit.register(stop, server, thread)
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the fake LLM server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    fake.url = f"http://127.0.0.1:{port}/v1"
    return fake


def stop(server: uvicorn.Server, thread: threading.Thread) -> None:
    """Stop the server before the interpreter tears itself down: a thread still
    running its event loop then can crash the process (exit -11) after the tests
    have all passed. Quietly: pytest has closed the streams its log lines go to."""
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).disabled = True
    server.should_exit = True
    thread.join(timeout=5)


def fake_llm_settings() -> dict[str, Any]:
    """The tests' settings for the model: the fake, quick retries."""
    return {
        "llm_base_url": fake_llm().url,
        "llm_model": MODEL,
        "llm_api_key": API_KEY,
        "llm_timeout_seconds": 10,
        "llm_retry_backoff_seconds": 0.01,
    }
