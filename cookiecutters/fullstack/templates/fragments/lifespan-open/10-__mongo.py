    # The tests put their own client (mongomock's) on app.state before it starts.
    client = getattr(app.state, "mongo_client", None) or open_client(
        settings.mongodb_url, settings.mongodb_timeout_ms
    )
    app.state.mongo_client = client
    await connect(client[settings.mongodb_database], settings.mongodb_url)
{# Generated from cookiecutters/_shared/flags/mongo/fragments/lifespan-open/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
