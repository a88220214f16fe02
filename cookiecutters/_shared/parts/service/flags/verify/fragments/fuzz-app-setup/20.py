    fuzzed.headers = {"Authorization": f"Bearer {valid_token(settings)}"}
