"""Who sent a request, as an id: what the app's resources (jobs) belong to."""

from typing import Annotated

from fastapi import Depends


async def caller_id() -> str:
    """Without authentication every client is the same caller."""
    return ""


CallerId = Annotated[str, Depends(caller_id)]
