"""What the model reads and answers: a conversation in (the chat format of the
OpenAI API, trimmed to what every compatible server takes), the assistant's reply
out. A model of your own brings its own (keep the two names at the end: the rest
of the app serves whatever they name)."""

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

# More conversations than this in one request (or job) are refused with 422.
MAX_BATCH_ROWS = 16
MAX_MESSAGES = 100
MAX_MESSAGE_CHARS = 32_000


def not_text(value: object) -> object:
    """A count is a JSON number: not "5", not true."""
    if isinstance(value, str | bool):
        raise ValueError("must be a number")
    return value


# Not strict: 2.0 is a whole number, as the document's `integer` says.
TokenCount = Annotated[
    int, Field(ge=1, le=32_768, strict=False), BeforeValidator(not_text)
]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    role: Literal["system", "user", "assistant"]
    content: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class Conversation(BaseModel):
    """The messages so far, oldest first: the model answers the last one."""

    model_config = ConfigDict(extra="forbid", strict=True)

    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    max_tokens: TokenCount | None = None
    temperature: float | None = Field(default=None, ge=0, le=2, allow_inf_nan=False)


class Reply(BaseModel):
    content: str
    # Why the model stopped: "stop" (it was done), "length" (max_tokens), ...
    finish_reason: str | None = None


ModelInput = Conversation
ModelOutput = Reply
