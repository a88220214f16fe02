    await app.state.cache.close()
