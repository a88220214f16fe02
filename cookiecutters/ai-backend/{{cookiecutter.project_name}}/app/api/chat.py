"""POST /api/v1/chat/stream: one conversation's reply as server-sent events, piece by
piece as the model writes it:

    data: {"delta": "Hel"}
    data: {"delta": "lo"}
    event: done
    data: {"finish_reason": "stop"}

A provider that cannot start the reply gets a plain error answer (502 or 504 in the
common shape); one that breaks off mid-reply, or runs past the answer's deadline,
ends the stream with `event: error`. A caller has at most CHAT_STREAMS_PER_CALLER
streams open at once (429 past that, or past CHAT_STREAMS_IN_ALL for the process).
"""

import json
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from app.api.caller import CallerId
from app.api.quotas import InFlight
from app.core.errors import error_responses
from app.ml.model_io import Conversation
from app.ml.upstream import ChatStreamer, Delta, UpstreamError

router = APIRouter(
    prefix="/chat", tags=["models"], responses=error_responses(429, 502, 504)
)


async def get_streamer(request: Request) -> ChatStreamer:
    streamer: ChatStreamer = request.app.state.chat
    return streamer


StreamerDep = Annotated[ChatStreamer, Depends(get_streamer)]


async def get_streams(request: Request) -> InFlight:
    streams: InFlight = request.app.state.chat_streams
    return streams


StreamsDep = Annotated[InFlight, Depends(get_streams)]


def event(data: dict[str, Any], name: str | None = None) -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data)}\n\n"


async def as_events(
    pieces: AsyncIterator[Delta], ended: Callable[[], None]
) -> AsyncIterator[str]:
    """The reply as events; `ended` is called when the stream ends, however it does."""
    finish_reason = None
    try:
        async for piece in pieces:
            if piece.text:
                yield event({"delta": piece.text})
            finish_reason = piece.finish_reason or finish_reason
    except UpstreamError as error:
        yield event({"code": error.code, "message": error.message}, "error")
        return
    finally:
        ended()
    yield event({"finish_reason": finish_reason}, "done")


@router.post(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def stream_reply(
    conversation: Conversation,
    streamer: StreamerDep,
    caller: CallerId,
    streams: StreamsDep,
) -> StreamingResponse:
    slot = streams.take(caller)
    try:
        pieces = await streamer.open(conversation)
    except BaseException:
        slot.release()
        raise
    return StreamingResponse(
        as_events(pieces, slot.release),
        # Also after the response, in case the stream never started (a client gone).
        background=BackgroundTask(slot.release),
        media_type="text/event-stream",
        # Proxies must pass each event on as it comes, not gather the answer.
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
