"""Who sent a request, as an id: what the app's resources (jobs) belong to."""

from typing import Annotated

from fastapi import Depends

from app.core.tokens import CurrentCaller


async def caller_id(caller: CurrentCaller) -> str:
    """The subject of the caller's verified token."""
    return caller.subject


CallerId = Annotated[str, Depends(caller_id)]
