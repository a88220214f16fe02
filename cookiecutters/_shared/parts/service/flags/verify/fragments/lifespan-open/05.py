    app.state.token_verifier = TokenVerifier(settings)
