    await app.state.token_verifier.aclose()
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/lifespan-close/50.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
