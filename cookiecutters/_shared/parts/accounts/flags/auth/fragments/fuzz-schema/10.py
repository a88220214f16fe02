# Signing out and changing the password end the fuzzer's own sign-in; their own
# tests cover them.
schema = schemathesis.openapi.from_dict(DOCUMENT).exclude(
    path_regex=r"/auth/(logout|password)$"
)
