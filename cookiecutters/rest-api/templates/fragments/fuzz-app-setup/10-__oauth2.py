    fuzzed.sign_in(provider)
