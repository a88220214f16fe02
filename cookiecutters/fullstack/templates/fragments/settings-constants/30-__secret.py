# Placeholders and examples a key must never be, however long.
KNOWN_SECRETS = {"generate-me", "changeme", "change-me", "secret"}
# An estimate (length x log2 of the distinct characters used): 32 x "a" scores 0,
# `python -c "import secrets; print(secrets.token_urlsafe(48))"` about 370.
MIN_SECRET_BITS = 128
{# Generated from cookiecutters/_shared/flags/secret/fragments/settings-constants/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
