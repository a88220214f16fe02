    checks["database"] = state(await ping_database(request.app.state.engine))
