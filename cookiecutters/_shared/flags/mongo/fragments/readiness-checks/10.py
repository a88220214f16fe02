    checks["database"] = state(await ping_database(request.app.state.mongo_client))
