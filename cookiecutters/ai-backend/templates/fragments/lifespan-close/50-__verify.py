    await app.state.token_verifier.aclose()
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/lifespan-close/50-__verify.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
