    app.state.rate_limiter = create_rate_limiter(settings)
