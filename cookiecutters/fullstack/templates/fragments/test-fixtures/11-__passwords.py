

def with_limits(settings: Settings, **limits: int) -> Settings:
    """These sign-in limits{% if c.__redis %}, counted afresh (under a new Redis prefix){% endif %}."""
{%- if c.__redis %}
    prefix = f"{PROJECT_NAME}-test-{uuid4().hex[:8]}:limits:"
    return settings.model_copy(update={**limits, "rate_limit_prefix": prefix})
{%- else %}
    return settings.model_copy(update=limits)
{%- endif %}


async def register_and_login(client: AsyncClient, email: str = EMAIL) -> dict[str, str]:
    """Register a user and sign in; the answer of the login endpoint. (Each password
    auth's fixtures say how it signs in, login_response, and what a signed-in request
    carries, credentials.)"""
    await client.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD}
    )
    response = await login_response(client, email, PASSWORD)
    assert response.status_code == 200, response.text
    answer: dict[str, str] = response.json()
    return answer


async def signed_in_headers(app: FastAPI) -> dict[str, str]:
    """What a new user's requests to `app` carry once signed in (the fuzzer's)."""
    async with app.router.lifespan_context(app):
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://test") as client:
            return credentials(client, await register_and_login(client))
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/test-fixtures/11.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
