"""The model behind an OpenAI-compatible chat completions API (app/ml/upstream.py
says how it is called). Nothing is loaded here: "loading" opens the connection pool,
and predict() sends each conversation of a batch at once, waiting on the network in
threads of its own."""

import contextvars
import time
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor

import httpx

from app.core.config import Settings
from app.ml.model import ServedModel
from app.ml.model_io import Conversation, Reply
from app.ml.upstream import COMPLETIONS, Upstream, read_by, read_reply


class ChatModel(ServedModel):
    version = "upstream"  # whichever version the provider serves under that name
    runtime = "openai-compatible"
    device = "remote"

    def __init__(self, upstream: Upstream) -> None:
        self.upstream = upstream
        self.name = upstream.model
        self._client: httpx.Client | None = None

    @property
    def identity(self) -> Hashable:
        return self.upstream

    def load(self) -> None:
        self._client = httpx.Client(**self.upstream.client_options())

    def predict(self, rows: list[Conversation]) -> list[Reply]:
        """Each conversation of the batch at once, on threads of this call's own (a
        pool shared by every request would queue one caller's calls behind
        another's), in a copy of the caller's context (its log lines' request id)."""
        context = contextvars.copy_context()

        def reply(row: Conversation) -> Reply:
            return context.copy().run(self.reply, row)

        with ThreadPoolExecutor(len(rows), thread_name_prefix="llm") as calls:
            return list(calls.map(reply, rows))

    def reply(self, conversation: Conversation) -> Reply:
        """The reply, within the answer's deadline, retries included."""
        client = self._client
        assert client is not None, "load() comes first"
        deadline = self.upstream.deadline()
        body = self.upstream.request_body(conversation, stream=False)
        attempt = 0
        while True:
            try:
                with client.stream(
                    "POST", COMPLETIONS, json=body, timeout=deadline.timeout()
                ) as streamed:
                    response = read_by(streamed, deadline)
            except httpx.TransportError as error:
                wait = self.upstream.wait_before_retry(attempt, error=error)
            else:
                if response.is_success:
                    return read_reply(response)
                wait = self.upstream.wait_before_retry(attempt, response=response)
            time.sleep(deadline.allows(wait))
            attempt += 1


def create_model(settings: Settings) -> ChatModel:
    return ChatModel(Upstream.from_settings(settings))
