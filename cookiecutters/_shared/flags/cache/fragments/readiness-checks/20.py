    checks["cache"] = state(await request.app.state.cache.ping())
