{#- Generated from cookiecutters/_shared/parts/service/project/tests/test_tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Every /api/v1 route needs a valid token from the trusted issuer; /health,
/health/ready and /metrics need none."""

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from httpx import AsyncClient, Response

from app.core.config import Settings
from app.core.tokens import InvalidToken, TokenVerifier
from tests.conftest import ClientFactory
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


@pytest.mark.parametrize("kid", [ISSUER.kid, None], ids=["rsa-key-id", "no-key-id"])
async def test_a_token_for_another_kind_of_key_is_401(
    client: AsyncClient, kid: str | None
) -> None:
    """An ES256 header naming an RSA key (or none, with one key): PyJWT raised
    TypeError there. Whatever a token makes the verifier raise is a 401."""
    ec_key = ec.generate_private_key(ec.SECP256R1())
    headers = {"kid": kid} if kid else None
    token = jwt.encode(token_claims(), ec_key, algorithm="ES256", headers=headers)

    assert_refused(
        await client.get(ITEMS, headers={"Authorization": f"Bearer {token}"})
    )


@pytest.mark.parametrize(
    "claims",
    [{"typ": "ID"}, {"token_use": "id"}, {"at_hash": "x"}, {"c_hash": "x"}],
    ids=["keycloak", "cognito", "at-hash", "c-hash"],
)
async def test_an_id_token_is_not_an_access_token(
    client: AsyncClient, settings: Settings, claims: dict[str, str]
) -> None:
    token = valid_token(settings, **claims)

    assert_refused(
        await client.get(ITEMS, headers={"Authorization": f"Bearer {token}"})
    )


@pytest.mark.parametrize(
    "scope", [{"scope": "read"}, {"scope": None}, {"scope": None, "scp": ["read"]}]
)
async def test_writes_need_the_write_scope(
    client: AsyncClient, settings: Settings, scope: dict[str, object]
) -> None:
    headers = {"Authorization": f"Bearer {valid_token(settings, **scope)}"}

    write = await client.post(ITEMS, json={"name": "x"}, headers=headers)
    read = await client.get(ITEMS, headers=headers)

    assert write.status_code == 403, write.text
    assert write.json()["error"]["code"] == "forbidden"
    challenge = write.headers["WWW-Authenticate"]
    assert challenge == 'Bearer error="insufficient_scope", scope="write"'
    assert read.status_code == 200


async def test_a_write_scope_in_an_scp_list_counts(
    client: AsyncClient, settings: Settings
) -> None:
    token = valid_token(settings, scope=None, scp=["read", "write"])

    response = await client.post(
        ITEMS, json={"name": "x"}, headers={"Authorization": f"Bearer {token}"}
    )

    assert response.status_code != 403


async def test_reads_need_the_read_scope_when_one_is_set(
    make_client: ClientFactory, settings: Settings
) -> None:
    strict = settings.model_copy(update={"read_scope": "read"})
    write_only = {"Authorization": f"Bearer {valid_token(settings)}"}
    read = {"Authorization": f"Bearer {valid_token(settings, scope='read')}"}
    async with make_client(strict) as client:
        without = await client.get(ITEMS, headers=write_only)
        with_scope = await client.get(ITEMS, headers=read)

    assert without.status_code == 403
    assert with_scope.status_code == 200


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
