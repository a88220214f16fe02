"""The OpenAI-compatible chat completions API that answers (OpenAI, vLLM, Ollama,
llama.cpp's server, LiteLLM...): how to call it, when to call again, what its
answers mean.

Every call has a timeout (LLM_TIMEOUT_SECONDS: for a whole answer, or between two
chunks of a stream). Connection errors, timeouts, 408, 429 and 5xx answers are
tried again up to LLM_MAX_RETRIES times, waiting longer each time (or as long as
Retry-After asks, up to MAX_RETRY_WAIT). Anything else, or the last failure, is a
502 (504 for a timeout) in the common error shape; what the provider said is
logged, never passed on to the client.
"""

import asyncio
import json
import logging
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


class UpstreamError(AppError):
    status_code = 502
    code = "bad_gateway"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    code = "gateway_timeout"

    def __init__(self) -> None:
        super().__init__("The model provider did not answer in time: try again later")


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

    def client_options(self) -> dict[str, Any]:
        """What httpx.Client and httpx.AsyncClient are built with."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        return {
            "base_url": self.base_url,
            "headers": headers,
            "timeout": httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
        }

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
                response.text[:500],
            )
            raise UpstreamError(
                f"The model provider refused the request ({response.status_code})"
            )
        if attempt >= self.max_retries:
            if isinstance(error, httpx.TimeoutException):
                raise UpstreamTimeout()
            failure = repr(error) if response is None else response.status_code
            logger.warning(
                "the model provider failed %d times: %s", attempt + 1, failure
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
    """Streams replies over one connection pool of the running app's own."""

    def __init__(self, upstream: Upstream) -> None:
        self.upstream = upstream
        self._client = httpx.AsyncClient(**upstream.client_options())

    async def open(self, conversation: Conversation) -> AsyncIterator[Delta]:
        """Start the reply (retrying as for any call: before anything reaches the
        client, a failure is still a plain error answer) and give its pieces."""
        request = self._client.build_request(
            "POST", COMPLETIONS, json=self.upstream.request_body(conversation, True)
        )
        attempt = 0
        while True:
            try:
                response = await self._client.send(request, stream=True)
            except httpx.TransportError as error:
                wait = self.upstream.wait_before_retry(attempt, error=error)
            else:
                if response.is_success:
                    return self._pieces(response)
                await response.aread()
                await response.aclose()
                wait = self.upstream.wait_before_retry(attempt, response=response)
            await asyncio.sleep(wait)
            attempt += 1

    async def _pieces(self, response: httpx.Response) -> AsyncIterator[Delta]:
        try:
            async for line in response.aiter_lines():
                for delta in read_stream_line(line):
                    yield delta
        except httpx.TimeoutException as error:
            raise UpstreamTimeout() from error
        except httpx.TransportError as error:
            logger.warning("the model provider's stream broke off: %r", error)
            raise UpstreamError("The model provider's stream broke off") from error
        finally:
            await response.aclose()

    async def close(self) -> None:
        await self._client.aclose()
