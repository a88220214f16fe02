    await app.state.token_verifier.aclose()
