    await app.state.rate_limiter.close()
