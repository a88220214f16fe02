    # The tests put their own client (mongomock's) on app.state before it starts.
    client = getattr(app.state, "mongo_client", None) or open_client(
        settings.mongodb_url, settings.mongodb_timeout_ms
    )
    app.state.mongo_client = client
    await connect(client[settings.mongodb_database], settings.mongodb_url)
