{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every /api/v1 route needs a valid token from the trusted issuer; /health,
/health/ready and /metrics need none."""

import jwt
import pytest
from httpx import AsyncClient, Response

from app.core.config import Settings
from app.core.tokens import InvalidToken, TokenVerifier
from tests.token_issuer import ISSUER, forged_token, token_claims, valid_token

ITEMS = "/api/v1/items"


def assert_refused(response: Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "not_authenticated"


async def test_a_valid_token_is_accepted(client: AsyncClient) -> None:
    response = await client.get(ITEMS)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "authorization", ["", "Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz"]
)
async def test_a_missing_or_malformed_token_is_401(
    client: AsyncClient, authorization: str
) -> None:
    del client.headers["Authorization"]
    headers = {"Authorization": authorization} if authorization else {}

    assert_refused(await client.get(ITEMS, headers=headers))


async def test_writes_need_a_token_too(client: AsyncClient) -> None:
    del client.headers["Authorization"]

    assert_refused(await client.post(ITEMS, json={"name": "x"}))


@pytest.mark.parametrize(
    "claims",
    [{"exp": 1}, {"sub": None}, {"exp": None}],
    ids=["expired", "no-subject", "no-expiry"],
)
async def test_a_token_missing_what_it_needs_is_401(
    client: AsyncClient, settings: Settings, claims: dict[str, object]
) -> None:
    token = valid_token(settings, **claims)

    assert_refused(
        await client.get(ITEMS, headers={"Authorization": f"Bearer {token}"})
    )


async def test_a_forged_token_is_401(client: AsyncClient, settings: Settings) -> None:
    token = forged_token(settings)

    assert_refused(
        await client.get(ITEMS, headers={"Authorization": f"Bearer {token}"})
    )


async def test_an_unsigned_token_is_401(client: AsyncClient) -> None:
    token = jwt.encode(token_claims(), key="", algorithm="none")

    assert_refused(
        await client.get(ITEMS, headers={"Authorization": f"Bearer {token}"})
    )


@pytest.mark.parametrize("path", ["/health", "/health/ready", "/metrics"])
async def test_operations_endpoints_need_no_token(
    client: AsyncClient, path: str
) -> None:
    del client.headers["Authorization"]

    assert (await client.get(path)).status_code == 200


async def test_the_caller_is_who_the_token_names(settings: Settings) -> None:
    verifier = TokenVerifier(settings, transport=ISSUER.transport())
    try:
        caller = await verifier.verify(
            valid_token(settings, sub="billing", scope="items:read items:write")
        )
        with pytest.raises(InvalidToken):
            await verifier.verify(forged_token(settings))
    finally:
        await verifier.aclose()

    assert caller.subject == "billing"
    assert caller.scopes == {"items:read", "items:write"}
