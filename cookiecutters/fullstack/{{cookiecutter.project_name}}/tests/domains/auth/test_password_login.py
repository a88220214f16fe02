{#- Generated from cookiecutters/_shared/parts/accounts/project/tests/domains/auth/test_password_login.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Registration and password login, including the refusals."""

import asyncio
import threading

import pytest
from httpx import AsyncClient
{%- if c.__sql %}
from sqlalchemy import delete
{%- endif %}

from app.core.config import Settings
from app.core.password_hashing import password_hasher
{%- if c.__sql %}
from app.db.session import create_engine
from app.domains.auth.models import User
{%- endif %}
from tests.conftest import (
    EMAIL,
    PASSWORD,
    ClientFactory,
    credentials,
    login_response,
    register_and_login,
    with_limits,
)

NEW_PASSWORD = "a new and longer passphrase"


async def login(client: AsyncClient, email: str, password: str) -> int:
    return (await login_response(client, email, password)).status_code


async def test_register_returns_the_user_without_password(client: AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/register", json={"email": EMAIL, "password": PASSWORD}
    )

    assert response.status_code == 201
    assert response.json()["email"] == EMAIL
    assert "password" not in response.text


async def test_an_email_registers_once(client: AsyncClient) -> None:
    await register_and_login(client)

    response = await client.post(
        "/api/v1/auth/register", json={"email": EMAIL, "password": PASSWORD}
    )

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


async def test_short_passwords_are_refused(client: AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/register", json={"email": EMAIL, "password": "short"}
    )

    assert response.status_code == 422


@pytest.mark.parametrize("common", ["password123", "QwertyUIOP", "12345678"])
async def test_common_passwords_are_refused(client: AsyncClient, common: str) -> None:
    response = await client.post(
        "/api/v1/auth/register", json={"email": EMAIL, "password": common}
    )

    assert response.status_code == 422
    assert "too common" in response.text


async def test_wrong_password_is_refused(client: AsyncClient) -> None:
    await register_and_login(client)

    assert await login(client, EMAIL, "not the password") == 401


async def test_unknown_email_is_refused(client: AsyncClient) -> None:
    assert await login(client, "nobody@example.com", PASSWORD) == 401


async def test_emails_are_one_account_whatever_their_case(client: AsyncClient) -> None:
    await register_and_login(client, "Alice@Example.com")

    again = await client.post(
        "/api/v1/auth/register",
        json={"email": "alice@EXAMPLE.com", "password": PASSWORD},
    )

    assert again.status_code == 409
    assert await login(client, "ALICE@example.com", PASSWORD) == 200


async def test_concurrent_registrations_of_one_email_give_one_account(
    client: AsyncClient,
) -> None:
    body = {"email": "race@example.com", "password": PASSWORD}

    answers = await asyncio.gather(
        *(client.post("/api/v1/auth/register", json=body) for _ in range(8))
    )

    assert sorted(a.status_code for a in answers) == [201] + [409] * 7


async def test_a_nul_character_in_the_login_is_refused_not_a_crash(
    client: AsyncClient,
) -> None:
    assert await login(client, "a\x00b@example.com", PASSWORD) in (401, 422)


async def test_password_checks_leave_the_event_loop_free(
    client: AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register_and_login(client)
    checking, health_answered = threading.Event(), threading.Event()
    gave_up: list[bool] = []
    argon2 = password_hasher(settings).argon2
    real_verify = argon2.verify

    def held_verify(password: str, hashed: str) -> bool:
        """Holds its thread, as a costly hash does, until /health has answered: run
        on the event loop it would hold /health too, and give up after 5 s."""
        checking.set()
        gave_up.append(not health_answered.wait(5))
        return real_verify(password, hashed)

    monkeypatch.setattr(argon2, "verify", held_verify)
    signing_in = asyncio.create_task(login(client, EMAIL, PASSWORD))
    await asyncio.to_thread(checking.wait, 5)

    health = await client.get("/health")
    health_answered.set()

    assert health.status_code == 200
    assert await signing_in == 200
    assert gave_up == [False], "/health waited for the password check"
{%- if c.__sql %}


async def test_no_connection_is_held_while_a_password_is_hashed(
    make_client: ClientFactory, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool of one connection serves two sign-ins hashed at the same time: the
    second would otherwise wait out the pool's timeout while the first one hashes."""
    argon2 = password_hasher(settings).argon2
    real_verify = argon2.verify
    both_hashing = threading.Barrier(2, timeout=5)

    def held_verify(password: str, hashed: str) -> bool:
        both_hashing.wait()  # until the other sign-in is hashing too
        return real_verify(password, hashed)

    one_connection = {
        "database_pool_size": 1,
        "database_max_overflow": 0,
        "database_pool_timeout": 0.5,
    }
    async with make_client(settings.model_copy(update=one_connection)) as client:
        await register_and_login(client)
        monkeypatch.setattr(argon2, "verify", held_verify)
        answers = await asyncio.gather(
            login(client, EMAIL, PASSWORD), login(client, EMAIL, PASSWORD)
        )

    assert list(answers) == [200, 200]


async def test_a_deleted_users_credentials_never_open_the_next_account(
    client: AsyncClient, settings: Settings
) -> None:
    """Ids are never reused and a user's sessions go with them (foreign keys on)."""
    alice = credentials(client, await register_and_login(client, "alice@example.com"))
    engine = create_engine(settings.database_url)
    async with engine.begin() as connection:
        await connection.execute(delete(User))
    await engine.dispose()
    await register_and_login(client, "bob@example.com")

    response = await client.get("/api/v1/users/me", headers=alice)

    assert response.status_code == 401
{%- endif %}


async def test_failed_logins_lock_the_account_even_for_the_right_password(
    make_client: ClientFactory, settings: Settings
) -> None:
    strict = with_limits(settings, failed_logins_per_account=3)
    async with make_client(strict) as client:
        await register_and_login(client)
        wrong = [await login(client, EMAIL, "not the password") for _ in range(3)]
        locked = await login_response(client, EMAIL, PASSWORD)
        other_account = await register_and_login(client, "bob@example.com")

    assert wrong == [401, 401, 401]
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_requests"
    assert int(locked.headers["Retry-After"]) > 0
    assert other_account  # another account signs in from the same client


async def test_guesses_sent_at_once_cannot_pass_the_account_limit(
    make_client: ClientFactory, settings: Settings
) -> None:
    """Each guess is counted before its password is checked: ten at once against a
    limit of three get three checks, and the account stays locked."""
    strict = with_limits(settings, failed_logins_per_account=3)
    async with make_client(strict) as client:
        await register_and_login(client)
        guesses = [login(client, EMAIL, f"guess {n}") for n in range(10)]
        answers = await asyncio.gather(*guesses)
        locked = await login(client, EMAIL, PASSWORD)

    assert sorted(answers) == [401] * 3 + [429] * 7
    assert locked == 429


async def test_wrong_current_passwords_are_limited_too(
    make_client: ClientFactory, settings: Settings
) -> None:
    """Changing the password checks the current one: no unlimited guessing there."""
    strict = with_limits(settings, failed_logins_per_account=3)
    async with make_client(strict) as client:
        headers = credentials(client, await register_and_login(client))
        guesses = [
            client.post(
                "/api/v1/auth/password",
                json={"current_password": f"guess {n}", "new_password": NEW_PASSWORD},
                headers=headers,
            )
            for n in range(6)
        ]
        answers = [response.status_code for response in await asyncio.gather(*guesses)]
        right = await client.post(
            "/api/v1/auth/password",
            json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
            headers=headers,
        )

    assert sorted(answers) == [403] * 3 + [429] * 3
    assert right.status_code == 429
    assert int(right.headers["Retry-After"]) > 0


async def test_a_client_is_limited_whatever_account_it_tries(
    make_client: ClientFactory, settings: Settings
) -> None:
    strict = with_limits(settings, login_attempts_per_client=3)
    async with make_client(strict) as client:
        emails = [f"user{n}@example.com" for n in range(3)]
        tries = [await login(client, email, PASSWORD) for email in emails]
        blocked = await client.post(
            "/api/v1/auth/register", json={"email": EMAIL, "password": PASSWORD}
        )

    assert tries == [401, 401, 401]
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0


async def test_changing_the_password_signs_the_user_out_everywhere(
    client: AsyncClient,
) -> None:
    signed_in = await register_and_login(client)
    headers = credentials(client, signed_in)
    change = {"current_password": "not the password", "new_password": NEW_PASSWORD}
    wrong = await client.post("/api/v1/auth/password", json=change, headers=headers)
    change["current_password"] = PASSWORD
    changed = await client.post("/api/v1/auth/password", json=change, headers=headers)

    assert (wrong.status_code, changed.status_code) == (403, 204)
{%- if c.__tokens %}
    refresh = {"refresh_token": signed_in["refresh_token"]}
    assert (await client.post("/api/v1/auth/refresh", json=refresh)).status_code == 401
{%- else %}
    assert (await client.get("/api/v1/users/me", headers=headers)).status_code == 401
{%- endif %}
    assert await login(client, EMAIL, PASSWORD) == 401
    assert await login(client, EMAIL, NEW_PASSWORD) == 200


async def test_a_new_password_follows_the_password_rules(
    client: AsyncClient, auth_headers: dict[str, str]
) -> None:
    for weak in ("short", "password123"):
        change = {"current_password": PASSWORD, "new_password": weak}
        response = await client.post(
            "/api/v1/auth/password", json=change, headers=auth_headers
        )

        assert response.status_code == 422
