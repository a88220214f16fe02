    "secret_key": "test-secret-key-long-enough-for-hs256-signing",
