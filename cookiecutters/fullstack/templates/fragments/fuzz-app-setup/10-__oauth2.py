    provider = FakeProvider()

    async def fake_provider_client() -> Any:
        transport = provider.transport()
        async with build_oauth_client(settings, transport=transport) as client:
            yield client

    app.dependency_overrides[get_oauth_client] = fake_provider_client
    fuzzed.sign_in(provider)
{# Generated from cookiecutters/_shared/parts/accounts/flags/oauth2/fragments/fuzz-app-setup/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
