    checks["model"] = state(request.app.state.models.predictor is not None)
