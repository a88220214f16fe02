"""An OpenAI-compatible chat completions server for the tests, never the network: real
HTTP on 127.0.0.1 (a free port), in a thread of the test process, answering what a
test scripts, in order, and recording every call."""

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODEL = "fake-model"
API_KEY = "sk-test-5f1c9a0b2d4e5f60a7b8"


@dataclass
class Reply:
    """One answer: a chat completion whose message is `content` (a spec as JSON, or any
    text), or `status` with an error body, after `delay` seconds."""

    content: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: bool = False  # as server-sent events, asked for or not
    refusal: str = ""
    error: str = ""  # an error answer's message
    raw: str = ""  # a whole answer, sent as it is (a recorded completion)
    usage: dict[str, int] | None = field(
        default_factory=lambda: {"prompt_tokens": 700, "completion_tokens": 90}
    )


def spec_reply(domains: list[dict[str, Any]], **extra: Any) -> Reply:
    return Reply(json.dumps({"domains": domains}), **extra)


RECORDED = Path(__file__).parent / "recorded"
# A recorded completion there, and the description it answers.
LIBRARY = "library_completion.json"
LIBRARY_DESCRIPTION = (
    "a library: books with an ISBN and a title, authors, loans of a book to a member with due dates"
)


def recorded_reply(name: str) -> Reply:
    """A completion kept in tests/recorded, answered byte for byte."""
    return Reply(raw=(RECORDED / name).read_text(encoding="utf-8"))


def recorded_domains(name: str) -> list[dict[str, Any]]:
    completion = json.loads((RECORDED / name).read_text(encoding="utf-8"))
    domains: list[dict[str, Any]] = json.loads(completion["choices"][0]["message"]["content"])[
        "domains"
    ]
    return domains


@dataclass
class Call:
    body: dict[str, Any]
    authorization: str | None
    at: float


class FakeLLM:
    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.calls: list[Call] = []
        self.url = ""

    def script(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.calls = []

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "FASTKIT_LLM_BASE_URL": self.url,
            "FASTKIT_LLM_MODEL": MODEL,
            "FASTKIT_LLM_API_KEY": API_KEY,
            **extra,
        }

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = json.loads(handler.rfile.read(length))
        self.calls.append(Call(body, handler.headers.get("Authorization"), time.monotonic()))
        reply = self.replies.pop(0) if self.replies else Reply(status=500, error="unscripted")
        time.sleep(reply.delay)
        if reply.raw:
            self._send(handler, 200, reply.headers, reply.raw)
            return
        if reply.status != 200:
            # As some providers do: the refusal quotes the request's credentials.
            said = f"{reply.error} (for {handler.headers.get('Authorization')})"
            error = json.dumps({"error": {"message": said}})
            self._send(handler, reply.status, reply.headers, error)
            return
        message = {"role": "assistant", "content": reply.content or None}
        if reply.refusal:
            message["refusal"] = reply.refusal
        if reply.stream:
            events = [
                {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                for piece in _pieces(reply.content)
            ]
            events.append({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            if reply.usage:
                events.append({"choices": [], "usage": reply.usage})
            text = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
            headers = {"Content-Type": "text/event-stream", **reply.headers}
            self._send(handler, 200, headers, text)
            return
        completion: dict[str, Any] = {
            "object": "chat.completion",
            "model": body.get("model"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        }
        if reply.usage:
            completion["usage"] = reply.usage
        self._send(handler, 200, reply.headers, json.dumps(completion))

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], text: str
    ) -> None:
        data = text.encode()
        handler.send_response(status)
        headers = {"Content-Type": "application/json", **headers}
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        # A client that gave up waiting (a timeout test) has closed the connection.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler.wfile.write(data)


def _pieces(text: str) -> Iterator[str]:
    for start in range(0, len(text), 7):
        yield text[start : start + 7]


@contextmanager
def running_fake() -> Iterator[FakeLLM]:
    fake = FakeLLM()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if self.path != "/v1/chat/completions":
                self.send_error(404)
                return
            fake.answer(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the tests read the calls, not a log

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="fake-llm")
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
