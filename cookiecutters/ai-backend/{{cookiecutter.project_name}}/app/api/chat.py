"""POST /api/v1/chat/stream: one conversation's reply as server-sent events, piece by
piece as the model writes it:

    data: {"delta": "Hel"}
    data: {"delta": "lo"}
    event: done
    data: {"finish_reason": "stop"}

A provider that cannot start the reply gets a plain error answer (502 or 504 in the
common shape); one that breaks off mid-reply ends the stream with `event: error`.
"""

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from app.core.errors import error_responses
from app.ml.model_io import Conversation
from app.ml.upstream import ChatStreamer, Delta, UpstreamError

router = APIRouter(prefix="/chat", tags=["models"], responses=error_responses(502, 504))


async def get_streamer(request: Request) -> ChatStreamer:
    streamer: ChatStreamer = request.app.state.chat
    return streamer


StreamerDep = Annotated[ChatStreamer, Depends(get_streamer)]


def event(data: dict[str, Any], name: str | None = None) -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data)}\n\n"


async def as_events(pieces: AsyncIterator[Delta]) -> AsyncIterator[str]:
    finish_reason = None
    try:
        async for piece in pieces:
            if piece.text:
                yield event({"delta": piece.text})
            finish_reason = piece.finish_reason or finish_reason
    except UpstreamError as error:
        yield event({"code": error.code, "message": error.message}, "error")
        return
    yield event({"finish_reason": finish_reason}, "done")


@router.post(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def stream_reply(
    conversation: Conversation, streamer: StreamerDep
) -> StreamingResponse:
    pieces = await streamer.open(conversation)
    return StreamingResponse(
        as_events(pieces),
        media_type="text/event-stream",
        # Proxies must pass each event on as it comes, not gather the answer.
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
