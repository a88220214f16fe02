    fuzzed.sign_in()
