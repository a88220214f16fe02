    app.state.cache = create_cache(settings)
