            # Leave no cached values behind (a test may point at a Redis that is down).
            if await app.state.cache.ping():
                await app.state.cache.clear()
{# Generated from cookiecutters/_shared/flags/cache/fragments/test-cleanup/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
