{#- Generated from cookiecutters/_shared/parts/accounts/project/app/domains/auth/refresh_tokens.mongo.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""The refresh tokens users were given: how they are stored and looked up."""

from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId

from app.domains.auth.models import User


class RefreshToken(Document):
    """One refresh token handed out; those issued from one login share a family."""

    # The token's `jti` claim: random, so the collection alone cannot sign anyone in.
    jti: Annotated[str, Indexed(unique=True)]
    family: Annotated[str, Indexed()]
    user_id: Annotated[PydanticObjectId, Indexed()]
    # Set when the token is exchanged: using it a second time revokes the family.
    used: bool = False
    expires_at: datetime

    class Settings:
        name = "refresh_tokens"


class RefreshTokenRepository:
    async def add(self, token: RefreshToken) -> None:
        await token.insert()

    async def get(self, jti: str) -> RefreshToken | None:
        return await RefreshToken.find_one(RefreshToken.jti == jti)

    async def mark_used(self, jti: str) -> bool:
        """True for the one request that exchanges the token, False for any other."""
        result = await RefreshToken.get_motor_collection().update_one(
            {"jti": jti, "used": False}, {"$set": {"used": True}}
        )
        exchanged: bool = result.modified_count == 1
        return exchanged

    async def revoke_family(self, family: str) -> None:
        await RefreshToken.find(RefreshToken.family == family).delete()

    async def revoke_user(self, user: User) -> None:
        await RefreshToken.find(RefreshToken.user_id == user.id).delete()

    async def purge(self, now: datetime) -> None:
        await RefreshToken.find({"expires_at": {"$lte": now}}).delete()
