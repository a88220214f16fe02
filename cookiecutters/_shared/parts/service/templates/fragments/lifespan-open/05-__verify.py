    # Refuses to start when the settings give no way to verify tokens.
    app.state.token_verifier = TokenVerifier(settings)
