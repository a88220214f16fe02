    await engine.dispose()
