            # Leave no cached values behind (a test may point at a Redis that is down).
            if await app.state.cache.ping():
                await app.state.cache.clear()
{# Generated from cookiecutters/_shared/templates/fragments/test-cleanup/10-__cache.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
