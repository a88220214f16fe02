    app.state.token_verifier = TokenVerifier(settings)
{# Generated from cookiecutters/_shared/parts/service/templates/fragments/lifespan-open/05-__verify.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
