# The fuzzer signs in as a user of its own.
FUZZER_EMAIL = "fuzzer@example.com"
FUZZER_PASSWORD = "the fuzzer's own long passphrase"
