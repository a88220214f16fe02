# Signing out and changing the password end the fuzzer's own sign-in; their own
# tests cover them.
schema = schemathesis.openapi.from_dict(DOCUMENT).exclude(
    path_regex=r"/auth/(logout|password)$"
)
{# Generated from cookiecutters/_shared/parts/accounts/flags/auth/fragments/fuzz-schema/10.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
