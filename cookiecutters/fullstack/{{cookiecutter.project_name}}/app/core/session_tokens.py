{#- Generated from cookiecutters/_shared/parts/accounts/project/app/core/session_tokens.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
"""Session tokens: random, and stored only as their digest."""

import hashlib
import secrets


def new_secret_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Sessions are stored by digest, so a leaked table does not leak sessions."""
    return hashlib.sha256(token.encode()).hexdigest()
