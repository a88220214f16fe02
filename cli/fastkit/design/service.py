"""The OpenAI-compatible chat completions API that designs domains (OpenAI, vLLM,
Ollama, llama.cpp's server, LiteLLM...): where it is, which model, the key, and one
call with its retries.

Settings come from the environment (or the user's settings, `llm.base_url`,
`llm.model`, `llm.timeout`, which fill in what it leaves out), never from a file in
the project: FASTKIT_LLM_BASE_URL (default OpenAI's), FASTKIT_LLM_MODEL,
FASTKIT_LLM_API_KEY or, with the `keyring` package installed, the system keyring's
("fastkit", "llm-api-key"), and FASTKIT_LLM_TIMEOUT (seconds for the whole design,
default 120). The key is never read from the settings file.
The key goes into the Authorization header and nowhere else: the settings' repr
leaves it out and a server's message that quotes it is blotted before it is shown.
"""

import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import click

from fastkit import __version__
from fastkit.shared.validators import InvalidInput

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4.1-mini"  # on the default URL only: another server names its own
KEYRING_ENTRY = ("fastkit", "llm-api-key")
DEFAULT_TIMEOUT = 120.0
RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRIES = 3
BACKOFF_SECONDS = 1.0  # the first wait before a retry; then 2, 4 s
MAX_RETRY_WAIT = 60.0  # a Retry-After longer than this is not waited for
# A spec is a few kilobytes; past this the server is not sending one.
MAX_ANSWER_BYTES = 1024 * 1024
# What looks like a credential in a server's words: a bearer token, an sk- key.
CREDENTIAL = re.compile(r"(?i)(bearer\s+|\bsk-)[\w.~+/=-]{6,}")


class ServiceFailed(click.ClickException):
    """The service did not give an answer: a one-line message, exit code 1."""

    exit_code = 1

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Service:
    base_url: str
    model: str
    key: str = field(repr=False)
    timeout: float = DEFAULT_TIMEOUT

    @property
    def where(self) -> str:
        """The URL as it may be shown: no user, password or query."""
        parts = urllib.parse.urlsplit(self.base_url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")

    def blotted(self, text: str) -> str:
        """A server's words, one line, without the key or anything like a credential."""
        if self.key:
            text = text.replace(self.key, "***")
        text = CREDENTIAL.sub(r"\1***", text)
        return " ".join(text.split())[:300]


@dataclass
class Usage:
    """Tokens the server reported (0 where it reported none)."""

    prompt: int = 0
    completion: int = 0
    requests: int = 0

    def add(self, reported: Any) -> None:
        self.requests += 1
        if isinstance(reported, dict):
            self.prompt += _count(reported.get("prompt_tokens"))
            self.completion += _count(reported.get("completion_tokens"))

    def __str__(self) -> str:
        calls = f"{self.requests} request{'s' if self.requests != 1 else ''}"
        return f"{self.prompt} prompt + {self.completion} completion tokens ({calls})"


def _count(value: Any) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


@dataclass(frozen=True)
class Answer:
    text: str
    refusal: str = ""
    finish_reason: str = ""


def service_from_env(env: Mapping[str, str] = os.environ) -> Service:
    """The service the environment names, or a one-line error saying what to set."""
    base_url = env.get("FASTKIT_LLM_BASE_URL", "").strip() or DEFAULT_BASE_URL
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(
            "FASTKIT_LLM_BASE_URL must be an http(s) URL of an OpenAI-compatible API, "
            "as https://api.openai.com/v1 or http://127.0.0.1:11434/v1"
        )
    default = base_url == DEFAULT_BASE_URL
    model = env.get("FASTKIT_LLM_MODEL", "").strip() or (DEFAULT_MODEL if default else "")
    if not model:
        raise InvalidInput(
            "FASTKIT_LLM_MODEL is not set: name the model the server at "
            "FASTKIT_LLM_BASE_URL serves, or use --offline for a starter spec"
        )
    key = env.get("FASTKIT_LLM_API_KEY", "").strip() or _keyring_key()
    if default and not key:  # a local server may need none; OpenAI's does
        raise InvalidInput(
            "no API key: set FASTKIT_LLM_API_KEY, or store it with `keyring set fastkit "
            "llm-api-key`, or set FASTKIT_LLM_BASE_URL to a server that needs none, or use "
            "--offline for a starter spec"
        )
    text = env.get("FASTKIT_LLM_TIMEOUT", "").strip()
    try:
        timeout = float(text) if text else DEFAULT_TIMEOUT
    except ValueError:
        timeout = -1.0
    if not 0 < timeout <= 3600:
        raise InvalidInput(f"FASTKIT_LLM_TIMEOUT {text!r} is not a number of seconds, 1 to 3600")
    return Service(base_url, model, key, timeout)


def _keyring_key() -> str:
    """The key in the system keyring, when the keyring package is there and holds one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return ""
    try:
        return keyring.get_password(*KEYRING_ENTRY) or ""
    except (KeyringError, RuntimeError, OSError):  # no backend, a locked one
        return ""


class Deadline:
    """The time the whole design has left (FASTKIT_LLM_TIMEOUT in all)."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.ends = time.monotonic() + service.timeout

    def left(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            raise self.passed()
        return left

    def passed(self) -> ServiceFailed:
        return ServiceFailed(
            f"the model service at {self.service.where} did not answer within "
            f"{self.service.timeout:g} s (FASTKIT_LLM_TIMEOUT)"
        )


def ask(
    service: Service,
    messages: list[dict[str, str]],
    response_format: dict[str, Any] | None,
    deadline: Deadline,
    usage: Usage,
) -> Answer:
    """One chat completion; connection errors, 408, 429 and 5xx are tried again up to
    MAX_RETRIES times (waiting as Retry-After asks, or BACKOFF_SECONDS doubling)."""
    # No temperature: reasoning models refuse any but their own.
    body: dict[str, Any] = {"model": service.model, "messages": messages}
    if response_format is not None:
        body["response_format"] = response_format
    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json, text/event-stream",
        "User-Agent": f"fastkit/{__version__}",
    }
    if service.key:
        headers["Authorization"] = f"Bearer {service.key}"
    url = service.base_url.rstrip("/") + "/chat/completions"
    data = json.dumps(body).encode("utf-8")
    for attempt in range(MAX_RETRIES + 1):
        request = urllib.request.Request(url, data, headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=deadline.left()) as response:
                raw = _read(response, deadline)
                streamed = response.headers.get_content_type() == "text/event-stream"
            return _answer(service, raw, streamed, usage)
        except urllib.error.HTTPError as error:
            failure = _refusal(service, error)
            wait = _retry_after(error.headers.get("Retry-After"))
            if error.code not in RETRIED_STATUSES or attempt == MAX_RETRIES:
                raise failure from None
            if wait is not None and (wait > MAX_RETRY_WAIT or wait >= deadline.left()):
                raise ServiceFailed(
                    f"{failure.message}; it asks to wait {wait:g} s: try again later",
                    error.code,
                ) from None
            _sleep(wait if wait is not None else BACKOFF_SECONDS * 2**attempt, deadline)
        except TimeoutError:
            raise deadline.passed() from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise deadline.passed() from None
            if attempt == MAX_RETRIES:
                reason = service.blotted(
                    str(getattr(error.reason, "strerror", None) or error.reason)
                )
                raise ServiceFailed(
                    f"the model service at {service.where} could not be reached ({reason})"
                ) from None
            _sleep(BACKOFF_SECONDS * 2**attempt, deadline)
        except (ConnectionError, http.client.HTTPException) as error:
            if attempt == MAX_RETRIES:
                raise ServiceFailed(
                    f"the model service at {service.where} broke off its answer "
                    f"({type(error).__name__})"
                ) from None
            _sleep(BACKOFF_SECONDS * 2**attempt, deadline)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _sleep(seconds: float, deadline: Deadline) -> None:
    if seconds >= deadline.left():
        raise deadline.passed()
    time.sleep(seconds)


def _read(response: Any, deadline: Deadline) -> bytes:
    """The answer, however slowly it comes, within the deadline and MAX_ANSWER_BYTES."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(65536):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise ServiceFailed(
                f"the model service at {deadline.service.where} sent more than "
                f"{MAX_ANSWER_BYTES // 1024} KiB: that is no spec"
            )
        chunks.append(chunk)
        deadline.left()
    return b"".join(chunks)


def _refusal(service: Service, error: urllib.error.HTTPError) -> ServiceFailed:
    try:
        raw = error.read(8192).decode("utf-8", "replace")
    except OSError:
        raw = ""
    said = _error_message(raw)
    hint = {401: " (check the API key)", 403: " (the key may not use this model)"}.get(
        error.code, ""
    )
    words = f": {service.blotted(said)}" if said else ""
    return ServiceFailed(
        f"the model service at {service.where} answered {error.code}{hint}{words}", error.code
    )


def _error_message(raw: str) -> str:
    """What an error answer says: OpenAI's {"error": {"message": ...}}, or its text."""
    try:
        document = json.loads(raw)
    except ValueError:
        return raw
    error = document.get("error") if isinstance(document, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or "")
    return str(error or document.get("detail") or "") if isinstance(document, dict) else ""


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (a number; an HTTP date is read as its distance from now)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _answer(service: Service, raw: bytes, streamed: bool, usage: Usage) -> Answer:
    """The message of a chat completion, whole or streamed as server-sent events."""
    text = raw.decode("utf-8", "replace")
    if streamed or text.lstrip().startswith("data:"):
        return _streamed(service, text, usage)
    try:
        document = json.loads(text)
    except ValueError:
        raise ServiceFailed(
            f"the model service at {service.where} answered something other than a chat "
            "completion (not JSON): is FASTKIT_LLM_BASE_URL the API's /v1 URL?"
        ) from None
    choice = _first_choice(service, document)
    usage.add(document.get("usage"))
    message = _object(choice.get("message"))
    return Answer(
        str(message.get("content") or ""),
        str(message.get("refusal") or ""),
        str(choice.get("finish_reason") or ""),
    )


def _streamed(service: Service, text: str, usage: Usage) -> Answer:
    content: list[str] = []
    refusal: list[str] = []
    finish_reason, reported = "", None
    for line in text.splitlines():
        if not line.startswith("data:"):
            continue
        payload = line[len("data:") :].strip()
        if payload == "[DONE]":
            break
        try:
            event = json.loads(payload)
        except ValueError:
            continue
        event = _object(event)
        reported = event.get("usage") or reported  # the last event, if the server counts
        if not event.get("choices"):
            continue
        choice = _first_choice(service, event)
        delta = _object(choice.get("delta"))
        content.append(str(delta.get("content") or ""))
        refusal.append(str(delta.get("refusal") or ""))
        finish_reason = str(choice.get("finish_reason") or finish_reason)
    usage.add(reported)
    return Answer("".join(content), "".join(refusal), finish_reason)


def _object(value: Any) -> dict[str, Any]:
    """A JSON object of the answer, or {} where the server put something else."""
    return value if isinstance(value, dict) else {}


def _first_choice(service: Service, document: Any) -> dict[str, Any]:
    if isinstance(document, dict) and document.get("error"):
        said = service.blotted(_error_message(json.dumps(document)))
        raise ServiceFailed(f"the model service at {service.where} answered an error: {said}")
    choices = document.get("choices") if isinstance(document, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ServiceFailed(
            f"the model service at {service.where} answered without a choice: is "
            "FASTKIT_LLM_BASE_URL the API's /v1 URL?"
        )
    return choices[0]
