# OWASP's minimum for Argon2id: 2 passes over 19 MiB.
MIN_PASSWORD_HASH_PASSES = 2
MIN_PASSWORD_HASH_MEMORY_KIB = 19_456
{# Generated from cookiecutters/_shared/parts/accounts/flags/passwords/fragments/settings-constants/31.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
