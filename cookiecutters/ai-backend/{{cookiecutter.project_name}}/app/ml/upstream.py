"""The OpenAI-compatible chat completions API that answers (OpenAI, vLLM, Ollama,
llama.cpp's server, LiteLLM...): how to call it, when to call again, what its
answers mean.

An answer has a deadline (LLM_TIMEOUT_SECONDS): the calls, the waits between them
and every read of the answer, however slowly it comes, fit in it, or it is a 504.
Connection errors, timeouts, 408, 429 and 5xx answers are tried again up to
LLM_MAX_RETRIES times, waiting longer each time (or as long as Retry-After asks, up
to MAX_RETRY_WAIT). Anything else, or the last failure, is a 502 in the common
error shape; what the provider said is logged with the key blotted out, never
passed on to the client.
"""

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.core.config import Settings
from app.core.errors import AppError
from app.ml.model_io import Conversation, Reply

logger = logging.getLogger(__name__)
COMPLETIONS = "chat/completions"
RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_WAIT = 30.0
# A chat completion is a few kilobytes; past this the provider is not sending one.
MAX_ANSWER_BYTES = 4 * 1024 * 1024
# What looks like a credential in a provider's words: a bearer token, an sk- key.
CREDENTIAL = re.compile(r"(?i)(bearer\s+|\bsk-)[\w.~+/=-]{6,}")


class UpstreamError(AppError):
    status_code = 502
    code = "bad_gateway"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    code = "gateway_timeout"

    def __init__(self) -> None:
        super().__init__("The model provider did not answer in time: try again later")


class Deadline:
    """The time one answer has left (LLM_TIMEOUT_SECONDS in all)."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; past the deadline, UpstreamTimeout."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise UpstreamTimeout()
        return left

    def timeout(self) -> httpx.Timeout:
        """No single read or connection may take longer than what is left."""
        left = self.left()
        return httpx.Timeout(left, connect=min(left, 10.0))

    def allows(self, wait: float) -> float:
        """`wait`, if a call after it could still answer in time."""
        if wait >= self.left():
            raise UpstreamTimeout()
        return wait


@dataclass(frozen=True)
class Upstream:
    """Where and how to call; equal settings give equal (interchangeable) values."""

    base_url: str
    model: str
    api_key: str = field(repr=False)
    timeout: float
    max_retries: int
    backoff: float

    @classmethod
    def from_settings(cls, settings: Settings) -> "Upstream":
        return cls(
            base_url=settings.llm_base_url.rstrip("/") + "/",
            model=settings.llm_model,
            api_key=settings.llm_api_key.get_secret_value(),
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
            backoff=settings.llm_retry_backoff_seconds,
        )

    def client_options(self, connections: int = 100) -> dict[str, Any]:
        """What httpx.Client and httpx.AsyncClient are built with."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        return {
            "base_url": self.base_url,
            "headers": headers,
            "timeout": httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            "limits": httpx.Limits(max_connections=connections),
        }

    def deadline(self) -> Deadline:
        return Deadline(self.timeout)

    def redacted(self, text: str) -> str:
        """`text` without the key, or anything that looks like a credential: a
        provider's error may quote the request it refused."""
        if self.api_key:
            text = text.replace(self.api_key, "[redacted]")
        return CREDENTIAL.sub(r"\1[redacted]", text)

    def request_body(self, conversation: Conversation, stream: bool) -> dict[str, Any]:
        body = conversation.model_dump(exclude_none=True)
        return {**body, "model": self.model, "stream": stream}

    def wait_before_retry(
        self,
        attempt: int,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
    ) -> float:
        """Seconds to wait before call `attempt + 1`; raises when this failure is final."""
        if response is not None and response.status_code not in RETRIED_STATUSES:
            logger.warning(
                "the model provider refused a request: %s %s",
                response.status_code,
                self.redacted(response.text[:500]),
            )
            raise UpstreamError(
                f"The model provider refused the request ({response.status_code})"
            )
        if attempt >= self.max_retries:
            if isinstance(error, httpx.TimeoutException):
                raise UpstreamTimeout()
            failure = repr(error) if response is None else response.status_code
            logger.warning(
                "the model provider failed %d times: %s",
                attempt + 1,
                self.redacted(str(failure)),
            )
            raise UpstreamError("The model provider failed to answer: try again later")
        asked = retry_after(response) if response is not None else None
        return asked if asked is not None else self.backoff * 2**attempt


def retry_after(response: httpx.Response) -> float | None:
    """The wait a 429 or 503 asks for in seconds, if it says so (capped)."""
    try:
        seconds = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return min(max(seconds, 0.0), MAX_RETRY_WAIT)


def read_by(response: httpx.Response, deadline: Deadline) -> httpx.Response:
    """`response` read whole before the deadline, however slowly it comes, and at
    most MAX_ANSWER_BYTES: the answer as a response of its own."""
    raw = bytearray()
    for chunk in response.iter_raw():
        raw += chunk
        deadline.left()
        if len(raw) > MAX_ANSWER_BYTES:
            raise UpstreamError("The model provider's answer is too large")
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=bytes(raw),
        request=response.request,
    )


def read_reply(response: httpx.Response) -> Reply:
    """The first choice of a chat completion."""
    try:
        choice = response.json()["choices"][0]
        return Reply(
            content=choice["message"]["content"] or "",
            finish_reason=choice.get("finish_reason"),
        )
    except (ValueError, KeyError, IndexError, TypeError) as error:
        logger.warning("unreadable answer from the model provider: %r", error)
        raise UpstreamError("The model provider answered in an unknown form") from error


@dataclass
class Delta:
    """One piece of a streamed reply: text, or (at the end) why it stopped."""

    text: str = ""
    finish_reason: str | None = None


def read_stream_line(line: str) -> Iterator[Delta]:
    """The deltas in one line of the provider's server-sent events."""
    if not line.startswith("data:"):
        return  # blank separators, comments, other fields
    data = line.removeprefix("data:").strip()
    if data == "[DONE]":
        return
    try:
        choices = json.loads(data).get("choices") or []  # usage chunks have none
        pieces = [
            Delta(
                (choice.get("delta") or {}).get("content") or "",
                choice.get("finish_reason"),
            )
            for choice in choices[:1]
        ]
        if not all(isinstance(piece.text, str) for piece in pieces):
            raise TypeError("content is not text")
    except (ValueError, AttributeError, TypeError) as error:
        logger.warning("unreadable stream from the model provider: %r", error)
        raise UpstreamError("The model provider streamed an unknown form") from error
    yield from pieces


class ChatStreamer:
    """Streams replies over one connection pool of the running app's own, at most
    `connections` at once (the streams quota keeps below it)."""

    def __init__(self, upstream: Upstream, connections: int) -> None:
        self.upstream = upstream
        self._client = httpx.AsyncClient(**upstream.client_options(connections))

    async def open(self, conversation: Conversation) -> AsyncIterator[Delta]:
        """Start the reply (retrying as for any call: before anything reaches the
        client, a failure is still a plain error answer) and give its pieces, all
        within the answer's deadline."""
        deadline = self.upstream.deadline()
        request = self._client.build_request(
            "POST", COMPLETIONS, json=self.upstream.request_body(conversation, True)
        )
        attempt = 0
        while True:
            request.extensions["timeout"] = deadline.timeout().as_dict()
            try:
                response = await self._client.send(request, stream=True)
            except httpx.TransportError as error:
                wait = self.upstream.wait_before_retry(attempt, error=error)
            else:
                if response.is_success:
                    return self._pieces(response, deadline)
                await response.aread()
                await response.aclose()
                wait = self.upstream.wait_before_retry(attempt, response=response)
            await asyncio.sleep(deadline.allows(wait))
            attempt += 1

    async def _pieces(
        self, response: httpx.Response, deadline: Deadline
    ) -> AsyncIterator[Delta]:
        lines = response.aiter_lines()
        try:
            while True:
                try:
                    line = await asyncio.wait_for(anext(lines), deadline.left())
                except StopAsyncIteration:
                    return
                for delta in read_stream_line(line):
                    yield delta
        except (httpx.TimeoutException, TimeoutError) as error:
            raise UpstreamTimeout() from error
        except httpx.TransportError as error:
            logger.warning("the model provider's stream broke off: %r", error)
            raise UpstreamError("The model provider's stream broke off") from error
        finally:
            await response.aclose()

    async def close(self) -> None:
        await self._client.aclose()
