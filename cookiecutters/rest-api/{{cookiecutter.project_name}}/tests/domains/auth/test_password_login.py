{%- set c = cookiecutter -%}
"""Registration and password login, including the refusals."""

from httpx import AsyncClient

from tests.conftest import EMAIL, PASSWORD, register_and_login


async def login(client: AsyncClient, email: str, password: str) -> int:
{%- if c.__session %}
    response = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": password}
    )
{%- else %}
    response = await client.post(
        "/api/v1/auth/login", data={"username": email, "password": password}
    )
{%- endif %}
    return response.status_code


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


async def test_wrong_password_is_refused(client: AsyncClient) -> None:
    await register_and_login(client)

    assert await login(client, EMAIL, "not the password") == 401


async def test_unknown_email_is_refused(client: AsyncClient) -> None:
    assert await login(client, "nobody@example.com", PASSWORD) == 401
