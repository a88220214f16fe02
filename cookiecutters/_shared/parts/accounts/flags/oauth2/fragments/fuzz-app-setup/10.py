    provider = FakeProvider()

    async def fake_provider_client() -> Any:
        transport = provider.transport()
        async with build_oauth_client(settings, transport=transport) as client:
            yield client

    app.dependency_overrides[get_oauth_client] = fake_provider_client
    fuzzed.sign_in(provider)
