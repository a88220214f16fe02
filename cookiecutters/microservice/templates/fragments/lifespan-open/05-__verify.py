    app.state.token_verifier = TokenVerifier(settings)
{# Generated from cookiecutters/_shared/parts/service/flags/verify/fragments/lifespan-open/05.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
