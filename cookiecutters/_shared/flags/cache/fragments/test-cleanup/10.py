            # Leave no cached values behind (a test may point at a Redis that is down).
            if await app.state.cache.ping():
                await app.state.cache.clear()
